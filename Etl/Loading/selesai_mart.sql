DELETE FROM mart_tertunda WHERE tahun = $tahun;
