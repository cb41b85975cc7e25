UPDATE pengguna SET gagal_berturut = 0, terkunci_sampai = NULL WHERE nama = $nama;
