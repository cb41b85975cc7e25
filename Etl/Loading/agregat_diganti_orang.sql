-- A puskesmas's counts for a service (or screening) and month it also sent people for: the people are counted, the
-- counts not. The same rule as the marts' (bangun_mart_capaian, bangun_mart_skrining), told in the run's summary.
SELECT a.layanan, a.tahun, a.bulan, COUNT(*) AS baris
FROM agregat a
WHERE a.kode_puskesmas = $kode_puskesmas
  AND EXISTS (
      SELECT 1 FROM kunjungan k
      WHERE k.kode_puskesmas = a.kode_puskesmas AND k.layanan = a.layanan AND YEAR(k.tanggal) = a.tahun AND MONTH(k.tanggal) = a.bulan
      UNION ALL
      SELECT 1 FROM (
          SELECT s.tanggal,
                 FLOOR(((YEAR(s.tanggal) * 10000 + MONTH(s.tanggal) * 100 + DAY(s.tanggal))
                        - (YEAR(s.tanggal_lahir) * 10000 + MONTH(s.tanggal_lahir) * 100 + DAY(s.tanggal_lahir))) / 10000) AS usia
          FROM skrining s
          WHERE s.kode_puskesmas = a.kode_puskesmas AND YEAR(s.tanggal) = a.tahun AND MONTH(s.tanggal) = a.bulan
      ) AS umur
      WHERE usia >= 15 AND a.layanan = CASE WHEN usia >= 60 THEN 'SKRINING_LANSIA' ELSE 'SKRINING_USIA_PRODUKTIF' END)
GROUP BY a.layanan, a.tahun, a.bulan
UNION ALL
SELECT CONCAT('skrining ', a.ukuran), a.tahun, a.bulan, COUNT(*)
FROM agregat_skrining a
WHERE a.kode_puskesmas = $kode_puskesmas
  AND EXISTS (SELECT 1 FROM skrining s
              WHERE s.kode_puskesmas = a.kode_puskesmas AND YEAR(s.tanggal) = a.tahun AND MONTH(s.tanggal) = a.bulan)
GROUP BY a.ukuran, a.tahun, a.bulan
ORDER BY 2, 3, 1;
