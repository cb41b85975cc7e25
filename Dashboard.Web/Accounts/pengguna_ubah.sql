UPDATE pengguna
SET peran = $peran, kode_puskesmas = $kode_puskesmas, kode_kabkota = $kode_kabkota, aktif = $aktif, diubah_pada = $waktu
WHERE nama = $nama;
