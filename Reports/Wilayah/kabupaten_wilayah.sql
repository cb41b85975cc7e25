-- The kabupaten/kota of the served area: each one of a province, or the one of a kabupaten deployment.
SELECT kode AS Kode, nama AS Nama
FROM wilayah
WHERE tingkat = 2 AND kode LIKE $kabupaten_prefix AND berlaku_sampai IS NULL
ORDER BY kode;
