-- The outreach and the screening-to-care cascade as marts, built with the others: both follow people through the
-- year's records, which took a kabupaten's first request after an import half a minute.

-- The ILP cluster of each indicator: a service belongs to the lowest cluster of the indicators it counts for.
ALTER TABLE dbo.indikator ADD klaster INT NULL;
GO

-- People served per area, cluster and month by setting (docs/domain.md, "Outreach"), for a month alone
-- (kumulatif = 0) and for January to it (kumulatif = 1). An area is the puskesmas that served (tingkat PUSKESMAS) or
-- the person's village, kecamatan, kabupaten/kota or province; klaster 0 is every service together.
CREATE TABLE dbo.mart_jangkauan (
    tahun           INT NOT NULL,
    tingkat         VARCHAR(20) NOT NULL,
    klaster         INT NOT NULL,
    kumulatif       INT NOT NULL,
    bulan           INT NOT NULL,
    kode_wilayah    VARCHAR(20) COLLATE Latin1_General_100_BIN2 NOT NULL,
    dilayani        BIGINT NOT NULL,
    dalam_gedung    BIGINT NOT NULL,
    luar_gedung     BIGINT NOT NULL,
    posyandu        BIGINT NOT NULL,
    pusling         BIGINT NOT NULL,
    homecare        BIGINT NOT NULL,
    tidak_dicatat   BIGINT NOT NULL,
    di_luar_gedung  BIGINT NOT NULL,
    tempat_tercatat BIGINT NOT NULL,
    CONSTRAINT pk_mart_jangkauan PRIMARY KEY (tahun, tingkat, klaster, kumulatif, bulan, kode_wilayah)
);
GO

-- The cascade per village as known at the end of each month of a year (January to that month).
CREATE TABLE dbo.mart_kaskade (
    tahun                   INT NOT NULL,
    bulan                   INT NOT NULL,
    kode_desa               VARCHAR(13) NOT NULL,
    diskrining              BIGINT NOT NULL,
    tensi_tinggi            BIGINT NOT NULL,
    tensi_ditindaklanjuti   BIGINT NOT NULL,
    tensi_terkendali        BIGINT NOT NULL,
    gula_tinggi             BIGINT NOT NULL,
    gula_ditindaklanjuti    BIGINT NOT NULL,
    gula_terkendali         BIGINT NOT NULL,
    CONSTRAINT pk_mart_kaskade PRIMARY KEY (tahun, bulan, kode_desa)
);
GO

-- The visits and screenings with their date as a day number, so that shared SQL can ask "within so many days"
-- (the engines write date arithmetic differently).
CREATE VIEW dbo.skrining_hari AS
SELECT id_orang, tanggal, kode_puskesmas, id_skrining, kode_desa, sistolik, diastolik, gula_darah_sewaktu, kolesterol_total,
       DATEDIFF(day, '19700101', tanggal) AS hari
FROM dbo.skrining;
GO

CREATE VIEW dbo.kunjungan_hari AS
SELECT id_orang, tanggal, layanan, DATEDIFF(day, '19700101', tanggal) AS hari
FROM dbo.kunjungan;
GO

-- Built from the next import (or the dashboard's start) for every year with data.
INSERT INTO dbo.mart_tertunda (tahun)
SELECT t.tahun
FROM (SELECT YEAR(tanggal) AS tahun FROM dbo.kunjungan UNION SELECT YEAR(tanggal) FROM dbo.skrining) AS t
WHERE NOT EXISTS (SELECT 1 FROM dbo.mart_tertunda m WHERE m.tahun = t.tahun);
GO
