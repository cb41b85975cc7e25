-- Per puskesmas, month and service (or screening recap): the monthly count rows it sent, and whether it sent people
-- for that service that month too (then its counts are set aside: people win, as in the marts).
WITH hitungan AS (
    SELECT kode_puskesmas, tahun, bulan, layanan, COUNT(*) AS baris FROM agregat GROUP BY kode_puskesmas, tahun, bulan, layanan
    UNION ALL
    SELECT kode_puskesmas, tahun, bulan, 'SKRINING', COUNT(*) FROM agregat_skrining GROUP BY kode_puskesmas, tahun, bulan
),
orang AS (
    SELECT DISTINCT kode_puskesmas, YEAR(tanggal) AS tahun, MONTH(tanggal) AS bulan, layanan
    FROM kunjungan WHERE kode_puskesmas IN (SELECT kode_puskesmas FROM hitungan)
    UNION
    SELECT DISTINCT kode_puskesmas, YEAR(tanggal), MONTH(tanggal), 'SKRINING'
    FROM skrining WHERE kode_puskesmas IN (SELECT kode_puskesmas FROM hitungan)
)
SELECT h.kode_puskesmas AS KodePuskesmas, h.layanan AS Layanan, h.tahun AS Tahun, h.bulan AS Bulan, CAST(h.baris AS BIGINT) AS Baris,
       CAST(CASE WHEN o.kode_puskesmas IS NULL THEN 0 ELSE 1 END AS INT) AS AdaOrang
FROM hitungan h
LEFT JOIN orang o ON o.kode_puskesmas = h.kode_puskesmas AND o.tahun = h.tahun AND o.bulan = h.bulan AND o.layanan = h.layanan
ORDER BY h.kode_puskesmas, h.layanan, h.tahun, h.bulan;
