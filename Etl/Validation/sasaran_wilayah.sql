SELECT tahun, kode_desa, jenis_sasaran, jumlah FROM sasaran WHERE kode_desa LIKE $prefix;
