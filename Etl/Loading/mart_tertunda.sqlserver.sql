SELECT tahun FROM dbo.mart_tertunda ORDER BY tahun;
