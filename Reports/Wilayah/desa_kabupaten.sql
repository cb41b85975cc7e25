SELECT d.kode AS KodeDesa, d.nama AS NamaDesa, d.kode_induk AS KodeKecamatan, k.nama AS NamaKecamatan
FROM wilayah d
JOIN wilayah k ON k.kode = d.kode_induk AND k.berlaku_sampai IS NULL
WHERE d.tingkat = 4 AND d.kode LIKE $kabupaten_prefix
  AND d.berlaku_dari <= $akhir AND (d.berlaku_sampai IS NULL OR d.berlaku_sampai >= $awal)
ORDER BY d.kode;
