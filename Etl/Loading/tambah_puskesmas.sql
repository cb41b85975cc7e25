INSERT INTO puskesmas (kode_puskesmas, nama, kode_kecamatan) VALUES ($kode_puskesmas, $nama, $kode_kecamatan);
