-- Years whose marts change: those of the incoming rows and of the rows they replace.
SELECT DISTINCT CAST(year(tanggal) AS INT) AS tahun FROM stg_kunjungan
UNION
SELECT DISTINCT CAST(year(k.tanggal) AS INT) AS tahun
FROM kunjungan k
WHERE k.kode_puskesmas = $kode_puskesmas AND EXISTS (SELECT 1 FROM stg_kunjungan s WHERE s.kode_puskesmas = k.kode_puskesmas AND s.id_kunjungan = k.id_kunjungan)
UNION
SELECT DISTINCT CAST(year(tanggal) AS INT) AS tahun FROM stg_skrining
UNION
SELECT DISTINCT CAST(year(k.tanggal) AS INT) AS tahun
FROM skrining k
WHERE k.kode_puskesmas = $kode_puskesmas AND EXISTS (SELECT 1 FROM stg_skrining s WHERE s.kode_puskesmas = k.kode_puskesmas AND s.id_skrining = k.id_skrining)
UNION
SELECT DISTINCT tahun FROM stg_agregat
UNION
SELECT DISTINCT tahun FROM stg_agregat_skrining;
