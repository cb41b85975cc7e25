SELECT tahun FROM mart_tertunda ORDER BY tahun;
