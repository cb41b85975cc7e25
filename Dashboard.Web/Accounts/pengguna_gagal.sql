UPDATE pengguna SET gagal_berturut = gagal_berturut + 1 WHERE nama = $nama;
