DELETE FROM mart_jangkauan WHERE tahun = $tahun;
