INSERT INTO wilayah_kerja (kode_puskesmas, kode_desa) VALUES ($kode_puskesmas, $kode_desa);
