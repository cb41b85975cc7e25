DELETE FROM sasaran WHERE tahun = $tahun AND kode_desa = $kode_desa AND jenis_sasaran = $jenis_sasaran;
