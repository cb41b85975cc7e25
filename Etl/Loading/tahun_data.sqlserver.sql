SELECT DISTINCT YEAR(tanggal) AS tahun FROM dbo.kunjungan
UNION
SELECT DISTINCT YEAR(tanggal) FROM dbo.skrining
UNION
SELECT DISTINCT tahun FROM dbo.sasaran;
