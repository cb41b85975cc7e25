-- Years whose marts change: those of the incoming rows and of the rows they replace.
SELECT DISTINCT YEAR(tanggal) AS tahun FROM dbo.stg_kunjungan
UNION
SELECT DISTINCT YEAR(k.tanggal) AS tahun
FROM dbo.kunjungan k
WHERE k.kode_puskesmas = @kode_puskesmas AND EXISTS (SELECT 1 FROM dbo.stg_kunjungan s WHERE s.kode_puskesmas = k.kode_puskesmas AND s.id_kunjungan = k.id_kunjungan)
UNION
SELECT DISTINCT YEAR(tanggal) AS tahun FROM dbo.stg_skrining
UNION
SELECT DISTINCT YEAR(k.tanggal) AS tahun
FROM dbo.skrining k
WHERE k.kode_puskesmas = @kode_puskesmas AND EXISTS (SELECT 1 FROM dbo.stg_skrining s WHERE s.kode_puskesmas = k.kode_puskesmas AND s.id_skrining = k.id_skrining);
