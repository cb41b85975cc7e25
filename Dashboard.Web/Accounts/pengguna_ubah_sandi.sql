-- A new password also lifts a lockout, and its new stamp ends every session signed in with the old one.
UPDATE pengguna
SET hash_kata_sandi = $hash_kata_sandi, wajib_ganti_sandi = $wajib_ganti_sandi, gagal_berturut = 0, terkunci_sampai = NULL,
    stempel_keamanan = $stempel_keamanan, akun_demo = $akun_demo, diubah_pada = $waktu
WHERE nama = $nama;
