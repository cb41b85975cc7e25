UPDATE pengguna SET stempel_keamanan = $stempel_keamanan WHERE nama = $nama;
