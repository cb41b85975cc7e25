-- Monthly counts a puskesmas sends instead of people (the PWS KIA form, SIKDA's data-dasar, screening recaps): per
-- village, month and service, the people whose first qualifying service of the year fell in that month, as the
-- puskesmas reports them. Key (kode_puskesmas, kode_desa, tahun, bulan, layanan): a count sent again replaces the
-- earlier one. The marts add a count only where the same puskesmas sent no people for that service and month.
CREATE TABLE dbo.agregat (
    kode_puskesmas  VARCHAR(20) COLLATE Latin1_General_100_BIN2 NOT NULL,
    kode_desa       VARCHAR(13) NOT NULL,
    tahun           INT NOT NULL,
    bulan           INT NOT NULL,
    layanan         VARCHAR(40) NOT NULL,
    jumlah          INT NOT NULL,
    sumber          NVARCHAR(400) NOT NULL,
    id_run          BIGINT NOT NULL,
    CONSTRAINT pk_agregat PRIMARY KEY (kode_puskesmas, kode_desa, tahun, bulan, layanan)
);
GO

-- A screening recap: per village, month and measurement, the people screened with it and those it flagged.
CREATE TABLE dbo.agregat_skrining (
    kode_puskesmas  VARCHAR(20) COLLATE Latin1_General_100_BIN2 NOT NULL,
    kode_desa       VARCHAR(13) NOT NULL,
    tahun           INT NOT NULL,
    bulan           INT NOT NULL,
    ukuran          VARCHAR(20) NOT NULL,
    diskrining      INT NOT NULL,
    ditandai        INT NOT NULL,
    sumber          NVARCHAR(400) NOT NULL,
    id_run          BIGINT NOT NULL,
    CONSTRAINT pk_agregat_skrining PRIMARY KEY (kode_puskesmas, kode_desa, tahun, bulan, ukuran)
);
GO

CREATE TABLE dbo.stg_agregat (
    urutan          BIGINT NOT NULL,
    kode_puskesmas  VARCHAR(20) COLLATE Latin1_General_100_BIN2 NOT NULL,
    kode_desa       VARCHAR(13) NOT NULL,
    tahun           INT NOT NULL,
    bulan           INT NOT NULL,
    layanan         VARCHAR(40) NOT NULL,
    jumlah          INT NOT NULL,
    sumber          NVARCHAR(400) NOT NULL
);
GO

CREATE TABLE dbo.stg_agregat_skrining (
    urutan          BIGINT NOT NULL,
    kode_puskesmas  VARCHAR(20) COLLATE Latin1_General_100_BIN2 NOT NULL,
    kode_desa       VARCHAR(13) NOT NULL,
    tahun           INT NOT NULL,
    bulan           INT NOT NULL,
    ukuran          VARCHAR(20) NOT NULL,
    diskrining      INT NOT NULL,
    ditandai        INT NOT NULL,
    sumber          NVARCHAR(400) NOT NULL
);
GO

-- The part of each figure that came from counts: every report gives it as porsi_agregat.
ALTER TABLE dbo.mart_capaian ADD bulan_ini_agregat INT NOT NULL CONSTRAINT df_mart_capaian_bia DEFAULT 0,
                                 kumulatif_agregat INT NOT NULL CONSTRAINT df_mart_capaian_ka DEFAULT 0;
GO

ALTER TABLE dbo.mart_skrining ADD diskrining_agregat BIGINT NOT NULL CONSTRAINT df_mart_skrining_da DEFAULT 0;
GO
