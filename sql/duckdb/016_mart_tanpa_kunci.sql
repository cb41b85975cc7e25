-- The marts without primary keys, as the facts are. A mart year is only ever deleted whole and written again whole by
-- the mart build, so a key guards nothing, and DuckDB keeps an index for it: at a tenth of the province, deleting a
-- year of mart_jangkauan took 5-24 s with its key (every index entry removed one by one) and 11 ms without, writing it
-- 9.4 s with and 6.4 s without. No page's query used the index (each scans the year's row groups). The rows are kept.
CREATE TABLE mart_skrining_baru (
    tahun                   INTEGER NOT NULL,
    bulan                   INTEGER NOT NULL,
    kode_desa               VARCHAR NOT NULL,
    diskrining              BIGINT NOT NULL,
    tekanan_darah_tinggi    BIGINT NOT NULL,
    gula_darah_tinggi       BIGINT NOT NULL,
    kolesterol_tinggi       BIGINT NOT NULL,
    terduga_tb              BIGINT NOT NULL,
    suspek_kusta            BIGINT NOT NULL,
    diukur_tekanan_darah    BIGINT NOT NULL,
    diukur_gula_darah       BIGINT NOT NULL,
    diukur_kolesterol       BIGINT NOT NULL,
    diskrining_tb           BIGINT NOT NULL,
    diskrining_kusta        BIGINT NOT NULL,
    diskrining_agregat      BIGINT DEFAULT 0
);
INSERT INTO mart_skrining_baru
SELECT tahun, bulan, kode_desa, diskrining, tekanan_darah_tinggi, gula_darah_tinggi, kolesterol_tinggi, terduga_tb, suspek_kusta,
       diukur_tekanan_darah, diukur_gula_darah, diukur_kolesterol, diskrining_tb, diskrining_kusta, diskrining_agregat
FROM mart_skrining;
DROP TABLE mart_skrining;
ALTER TABLE mart_skrining_baru RENAME TO mart_skrining;

CREATE TABLE mart_jangkauan_baru (
    tahun           INTEGER NOT NULL,
    tingkat         VARCHAR NOT NULL,
    klaster         INTEGER NOT NULL,
    kumulatif       INTEGER NOT NULL,
    bulan           INTEGER NOT NULL,
    kode_wilayah    VARCHAR NOT NULL,
    dilayani        BIGINT NOT NULL,
    dalam_gedung    BIGINT NOT NULL,
    luar_gedung     BIGINT NOT NULL,
    posyandu        BIGINT NOT NULL,
    pusling         BIGINT NOT NULL,
    homecare        BIGINT NOT NULL,
    tidak_dicatat   BIGINT NOT NULL,
    di_luar_gedung  BIGINT NOT NULL,
    tempat_tercatat BIGINT NOT NULL
);
INSERT INTO mart_jangkauan_baru
SELECT tahun, tingkat, klaster, kumulatif, bulan, kode_wilayah, dilayani, dalam_gedung, luar_gedung, posyandu, pusling, homecare,
       tidak_dicatat, di_luar_gedung, tempat_tercatat
FROM mart_jangkauan;
DROP TABLE mart_jangkauan;
ALTER TABLE mart_jangkauan_baru RENAME TO mart_jangkauan;

CREATE TABLE mart_kaskade_baru (
    tahun                   INTEGER NOT NULL,
    bulan                   INTEGER NOT NULL,
    kode_desa               VARCHAR NOT NULL,
    diskrining              BIGINT NOT NULL,
    tensi_tinggi            BIGINT NOT NULL,
    tensi_ditindaklanjuti   BIGINT NOT NULL,
    tensi_terkendali        BIGINT NOT NULL,
    gula_tinggi             BIGINT NOT NULL,
    gula_ditindaklanjuti    BIGINT NOT NULL,
    gula_terkendali         BIGINT NOT NULL
);
INSERT INTO mart_kaskade_baru
SELECT tahun, bulan, kode_desa, diskrining, tensi_tinggi, tensi_ditindaklanjuti, tensi_terkendali, gula_tinggi, gula_ditindaklanjuti,
       gula_terkendali
FROM mart_kaskade;
DROP TABLE mart_kaskade;
ALTER TABLE mart_kaskade_baru RENAME TO mart_kaskade;

CREATE TABLE mart_capaian_wilayah_baru (
    tahun             INTEGER NOT NULL,
    tingkat           VARCHAR NOT NULL,
    kode_indikator    VARCHAR NOT NULL,
    bulan             INTEGER NOT NULL,
    kode_wilayah      VARCHAR NOT NULL,
    desa_bersasaran   BIGINT NOT NULL,
    sasaran           BIGINT,
    kumulatif         BIGINT NOT NULL,
    kumulatif_agregat BIGINT NOT NULL,
    kekurangan        BIGINT NOT NULL
);
INSERT INTO mart_capaian_wilayah_baru
SELECT tahun, tingkat, kode_indikator, bulan, kode_wilayah, desa_bersasaran, sasaran, kumulatif, kumulatif_agregat, kekurangan
FROM mart_capaian_wilayah;
DROP TABLE mart_capaian_wilayah;
ALTER TABLE mart_capaian_wilayah_baru RENAME TO mart_capaian_wilayah;
