-- The villages a name written by this puskesmas may mean: its wilayah kerja first, then its kecamatan; for master
-- files, which belong to no puskesmas, the served area. Only these are returned: a puskesmas's source is read against
-- a few dozen villages, not the province's thousands.
SELECT d.kode AS Kode, d.nama AS Nama,
       CASE WHEN k.kode_desa IS NOT NULL THEN 1 WHEN p.kode_puskesmas IS NOT NULL THEN 2 ELSE 3 END AS Lingkar
FROM wilayah d
LEFT JOIN wilayah_kerja k ON k.kode_puskesmas = $kode_puskesmas AND k.kode_desa = d.kode
LEFT JOIN puskesmas p ON p.kode_puskesmas = $kode_puskesmas AND p.kode_kecamatan = d.kode_induk
WHERE d.tingkat = 4 AND d.berlaku_sampai IS NULL AND d.kode LIKE $awalan_area
  AND ($kode_puskesmas = '' OR k.kode_desa IS NOT NULL OR p.kode_puskesmas IS NOT NULL);
