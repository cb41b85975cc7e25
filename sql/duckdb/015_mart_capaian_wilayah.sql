-- The village mart summed per area of every level above the village, built with the others: a province's SPM per
-- kabupaten/kota summed its 102,756 village rows on every request.

-- Per area (tingkat KECAMATAN, KABUPATEN, PROVINSI: the first characters of the village code; PUSKESMAS: its wilayah
-- kerja), indicator and month: the villages with a sasaran, their sasaran, everyone served January to the month (and
-- of that from monthly counts), and the people still to serve village by village.
CREATE TABLE mart_capaian_wilayah (
    tahun             INTEGER NOT NULL,
    tingkat           VARCHAR NOT NULL,
    kode_indikator    VARCHAR NOT NULL,
    bulan             INTEGER NOT NULL,
    kode_wilayah      VARCHAR NOT NULL,
    desa_bersasaran   BIGINT NOT NULL,
    sasaran           BIGINT,
    kumulatif         BIGINT NOT NULL,
    kumulatif_agregat BIGINT NOT NULL,
    kekurangan        BIGINT NOT NULL,
    PRIMARY KEY (tahun, tingkat, kode_indikator, bulan, kode_wilayah)
);

-- Built from the next import (or the dashboard's start) for every year with a mart.
INSERT OR IGNORE INTO mart_tertunda (tahun)
SELECT DISTINCT tahun FROM mart_capaian;
