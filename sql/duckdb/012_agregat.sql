-- Monthly counts a puskesmas sends instead of people (the PWS KIA form, SIKDA's data-dasar, screening recaps): per
-- village, month and service, the people whose first qualifying service of the year fell in that month, as the
-- puskesmas reports them. Key (kode_puskesmas, kode_desa, tahun, bulan, layanan): a count sent again replaces the
-- earlier one. The marts add a count only where the same puskesmas sent no people for that service and month.
CREATE TABLE agregat (
    kode_puskesmas  VARCHAR NOT NULL,
    kode_desa       VARCHAR NOT NULL,
    tahun           INTEGER NOT NULL,
    bulan           INTEGER NOT NULL,
    layanan         VARCHAR NOT NULL,
    jumlah          INTEGER NOT NULL,
    sumber          VARCHAR NOT NULL,
    id_run          BIGINT NOT NULL,
    PRIMARY KEY (kode_puskesmas, kode_desa, tahun, bulan, layanan)
);

-- A screening recap: per village, month and measurement, the people screened with it and those it flagged.
CREATE TABLE agregat_skrining (
    kode_puskesmas  VARCHAR NOT NULL,
    kode_desa       VARCHAR NOT NULL,
    tahun           INTEGER NOT NULL,
    bulan           INTEGER NOT NULL,
    ukuran          VARCHAR NOT NULL,  -- TEKANAN_DARAH, GULA_DARAH, KOLESTEROL, TB, KUSTA
    diskrining      INTEGER NOT NULL,
    ditandai        INTEGER NOT NULL,
    sumber          VARCHAR NOT NULL,
    id_run          BIGINT NOT NULL,
    PRIMARY KEY (kode_puskesmas, kode_desa, tahun, bulan, ukuran)
);

CREATE TABLE stg_agregat (
    urutan          BIGINT NOT NULL,
    kode_puskesmas  VARCHAR NOT NULL,
    kode_desa       VARCHAR NOT NULL,
    tahun           INTEGER NOT NULL,
    bulan           INTEGER NOT NULL,
    layanan         VARCHAR NOT NULL,
    jumlah          INTEGER NOT NULL,
    sumber          VARCHAR NOT NULL
);

CREATE TABLE stg_agregat_skrining (
    urutan          BIGINT NOT NULL,
    kode_puskesmas  VARCHAR NOT NULL,
    kode_desa       VARCHAR NOT NULL,
    tahun           INTEGER NOT NULL,
    bulan           INTEGER NOT NULL,
    ukuran          VARCHAR NOT NULL,
    diskrining      INTEGER NOT NULL,
    ditandai        INTEGER NOT NULL,
    sumber          VARCHAR NOT NULL
);

-- The part of each figure that came from counts: every report gives it as porsi_agregat.
ALTER TABLE mart_capaian ADD COLUMN bulan_ini_agregat INTEGER DEFAULT 0;
ALTER TABLE mart_capaian ADD COLUMN kumulatif_agregat INTEGER DEFAULT 0;
ALTER TABLE mart_skrining ADD COLUMN diskrining_agregat BIGINT DEFAULT 0;
