-- The outreach and the screening-to-care cascade as marts, built with the others: both follow people through the
-- year's records, which took a kabupaten's first request after an import half a minute.

-- The ILP cluster of each indicator: a service belongs to the lowest cluster of the indicators it counts for.
ALTER TABLE indikator ADD COLUMN klaster INTEGER;

-- People served per area, cluster and month by setting (docs/domain.md, "Outreach"), for a month alone
-- (kumulatif = 0) and for January to it (kumulatif = 1). An area is the puskesmas that served (tingkat PUSKESMAS) or
-- the person's village, kecamatan, kabupaten/kota or province; klaster 0 is every service together.
CREATE TABLE mart_jangkauan (
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
    tempat_tercatat BIGINT NOT NULL,
    PRIMARY KEY (tahun, tingkat, klaster, kumulatif, bulan, kode_wilayah)
);

-- The cascade per village as known at the end of each month of a year (January to that month).
CREATE TABLE mart_kaskade (
    tahun                   INTEGER NOT NULL,
    bulan                   INTEGER NOT NULL,
    kode_desa               VARCHAR NOT NULL,
    diskrining              BIGINT NOT NULL,
    tensi_tinggi            BIGINT NOT NULL,
    tensi_ditindaklanjuti   BIGINT NOT NULL,
    tensi_terkendali        BIGINT NOT NULL,
    gula_tinggi             BIGINT NOT NULL,
    gula_ditindaklanjuti    BIGINT NOT NULL,
    gula_terkendali         BIGINT NOT NULL,
    PRIMARY KEY (tahun, bulan, kode_desa)
);

-- The visits and screenings with their date as a day number, so that shared SQL can ask "within so many days"
-- (the engines write date arithmetic differently).
CREATE VIEW skrining_hari AS
SELECT id_orang, tanggal, kode_puskesmas, id_skrining, kode_desa, sistolik, diastolik, gula_darah_sewaktu, kolesterol_total,
       CAST(date_diff('day', DATE '1970-01-01', tanggal) AS INTEGER) AS hari
FROM skrining;

CREATE VIEW kunjungan_hari AS
SELECT id_orang, tanggal, layanan, CAST(date_diff('day', DATE '1970-01-01', tanggal) AS INTEGER) AS hari
FROM kunjungan;

-- Built from the next import (or the dashboard's start) for every year with data.
INSERT OR IGNORE INTO mart_tertunda (tahun)
SELECT DISTINCT CAST(year(tanggal) AS INTEGER) FROM kunjungan
UNION
SELECT DISTINCT CAST(year(tanggal) AS INTEGER) FROM skrining;
