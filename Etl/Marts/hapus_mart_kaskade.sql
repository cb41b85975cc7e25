DELETE FROM mart_kaskade WHERE tahun = $tahun;
