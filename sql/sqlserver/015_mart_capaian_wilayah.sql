-- The village mart summed per area of every level above the village, built with the others: a province's SPM per
-- kabupaten/kota summed its 102,756 village rows on every request.

-- Per area (tingkat KECAMATAN, KABUPATEN, PROVINSI: the first characters of the village code; PUSKESMAS: its wilayah
-- kerja), indicator and month: the villages with a sasaran, their sasaran, everyone served January to the month (and
-- of that from monthly counts), and the people still to serve village by village.
CREATE TABLE dbo.mart_capaian_wilayah (
    tahun             INT NOT NULL,
    tingkat           VARCHAR(20) NOT NULL,
    kode_indikator    VARCHAR(40) NOT NULL,
    bulan             INT NOT NULL,
    kode_wilayah      VARCHAR(20) COLLATE Latin1_General_100_BIN2 NOT NULL,
    desa_bersasaran   BIGINT NOT NULL,
    sasaran           BIGINT NULL,
    kumulatif         BIGINT NOT NULL,
    kumulatif_agregat BIGINT NOT NULL,
    kekurangan        BIGINT NOT NULL,
    CONSTRAINT pk_mart_capaian_wilayah PRIMARY KEY (tahun, tingkat, kode_indikator, bulan, kode_wilayah)
);
GO

-- Built from the next import (or the dashboard's start) for every year with a mart.
INSERT INTO dbo.mart_tertunda (tahun)
SELECT DISTINCT c.tahun
FROM dbo.mart_capaian c
WHERE NOT EXISTS (SELECT 1 FROM dbo.mart_tertunda m WHERE m.tahun = c.tahun);
GO
