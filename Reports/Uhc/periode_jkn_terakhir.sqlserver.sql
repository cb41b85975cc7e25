SELECT MAX(tahun * 100 + bulan) FROM dbo.jkn WHERE kode_desa LIKE @kabupaten_prefix;
