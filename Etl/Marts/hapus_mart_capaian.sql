DELETE FROM mart_capaian WHERE tahun = $tahun;
