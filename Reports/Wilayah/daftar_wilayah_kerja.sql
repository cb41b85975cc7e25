SELECT wk.kode_puskesmas AS KodePuskesmas, wk.kode_desa AS KodeDesa
FROM wilayah_kerja wk
WHERE wk.kode_desa LIKE $kabupaten_prefix;
