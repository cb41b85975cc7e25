SELECT nama AS Nama, hash_kata_sandi AS HashKataSandi, peran AS Peran, kode_puskesmas AS KodePuskesmas, kode_kabkota AS KodeKabKota,
       aktif AS Aktif, wajib_ganti_sandi AS WajibGantiSandi, gagal_berturut AS GagalBerturut, terkunci_sampai AS TerkunciSampai,
       dibuat_pada AS DibuatPada, diubah_pada AS DiubahPada,
       stempel_keamanan AS StempelKeamanan, akun_demo AS AkunDemo
FROM pengguna
WHERE nama = $nama;
