DELETE FROM mart_skrining WHERE tahun = $tahun;
