INSERT INTO indikator_layanan (kode_indikator, layanan) VALUES ($kode_indikator, $layanan);
