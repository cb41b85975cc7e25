DELETE FROM mart_capaian_wilayah WHERE tahun = $tahun;
