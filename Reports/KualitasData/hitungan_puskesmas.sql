-- Per puskesmas and month: the monthly count rows it sent (services and screening recaps), and whether it also sent
-- people that month (visits or screenings, from files or FHIR), newest year first.
WITH hitungan AS (
    SELECT kode_puskesmas, tahun, bulan, COUNT(*) AS baris FROM agregat GROUP BY kode_puskesmas, tahun, bulan
    UNION ALL
    SELECT kode_puskesmas, tahun, bulan, COUNT(*) FROM agregat_skrining GROUP BY kode_puskesmas, tahun, bulan
),
orang AS (
    SELECT DISTINCT kode_puskesmas, YEAR(tanggal) AS tahun, MONTH(tanggal) AS bulan
    FROM kunjungan WHERE kode_puskesmas IN (SELECT kode_puskesmas FROM hitungan)
    UNION
    SELECT DISTINCT kode_puskesmas, YEAR(tanggal), MONTH(tanggal)
    FROM skrining WHERE kode_puskesmas IN (SELECT kode_puskesmas FROM hitungan)
)
SELECT h.kode_puskesmas AS KodePuskesmas, h.tahun AS Tahun, h.bulan AS Bulan, CAST(SUM(h.baris) AS BIGINT) AS Baris,
       CAST(MAX(CASE WHEN o.kode_puskesmas IS NULL THEN 0 ELSE 1 END) AS INT) AS AdaOrang
FROM hitungan h
LEFT JOIN orang o ON o.kode_puskesmas = h.kode_puskesmas AND o.tahun = h.tahun AND o.bulan = h.bulan
GROUP BY h.kode_puskesmas, h.tahun, h.bulan
ORDER BY h.kode_puskesmas, h.tahun DESC, h.bulan;
