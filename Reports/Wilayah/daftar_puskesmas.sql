SELECT p.kode_puskesmas AS Kode, p.nama AS Nama, p.kode_kecamatan AS KodeKecamatan
FROM puskesmas p
WHERE p.kode_kecamatan LIKE $kabupaten_prefix
ORDER BY p.nama;
