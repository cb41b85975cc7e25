-- A new password also lifts a lockout.
UPDATE pengguna
SET hash_kata_sandi = $hash_kata_sandi, wajib_ganti_sandi = $wajib_ganti_sandi, gagal_berturut = 0, terkunci_sampai = NULL,
    diubah_pada = $waktu
WHERE nama = $nama;
