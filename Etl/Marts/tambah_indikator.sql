INSERT INTO indikator (kode_indikator, jenis_sasaran) VALUES ($kode_indikator, $jenis_sasaran);
