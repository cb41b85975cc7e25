INSERT INTO pengguna (nama, hash_kata_sandi, peran, kode_puskesmas, kode_kabkota, aktif, wajib_ganti_sandi, gagal_berturut,
                      terkunci_sampai, dibuat_pada, diubah_pada, stempel_keamanan, akun_demo)
VALUES ($nama, $hash_kata_sandi, $peran, $kode_puskesmas, $kode_kabkota, $aktif, $wajib_ganti_sandi, 0, NULL, $waktu, $waktu,
        $stempel_keamanan, $akun_demo);
