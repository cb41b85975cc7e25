DELETE FROM jkn WHERE tahun = $tahun AND bulan = $bulan AND kode_desa = $kode_desa;
