INSERT INTO sasaran (tahun, kode_desa, jenis_sasaran, jumlah) VALUES ($tahun, $kode_desa, $jenis_sasaran, $jumlah);
