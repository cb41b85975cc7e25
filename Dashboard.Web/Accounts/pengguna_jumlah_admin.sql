SELECT count(*) FROM pengguna WHERE peran = 'ADMIN' AND aktif = $aktif;
