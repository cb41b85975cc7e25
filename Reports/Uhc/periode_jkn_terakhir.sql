SELECT max(tahun * 100 + bulan) FROM jkn WHERE kode_desa LIKE $kabupaten_prefix;
