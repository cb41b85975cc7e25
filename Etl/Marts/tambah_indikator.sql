INSERT INTO indikator (kode_indikator, jenis_sasaran, klaster) VALUES ($kode_indikator, $jenis_sasaran, $klaster);
