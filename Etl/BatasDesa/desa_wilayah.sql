-- The villages of the served area valid today, with their kecamatan: the codes a boundary may carry.
SELECT d.kode AS KodeDesa, d.kode_induk AS KodeKecamatan
FROM wilayah d
WHERE d.tingkat = 4 AND d.kode LIKE $kabupaten_prefix AND d.berlaku_sampai IS NULL
ORDER BY d.kode;
