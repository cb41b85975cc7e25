-- The villages a name written by this puskesmas may mean: its wilayah kerja first, then its kecamatan, then the
-- served area (for master files, which belong to no puskesmas).
SELECT d.kode AS Kode, d.nama AS Nama,
       CASE WHEN EXISTS (SELECT 1 FROM wilayah_kerja k WHERE k.kode_puskesmas = $kode_puskesmas AND k.kode_desa = d.kode) THEN 1
            WHEN EXISTS (SELECT 1 FROM puskesmas p WHERE p.kode_puskesmas = $kode_puskesmas AND p.kode_kecamatan = d.kode_induk) THEN 2
            ELSE 3 END AS Lingkar
FROM wilayah d
WHERE d.tingkat = 4 AND d.berlaku_sampai IS NULL AND d.kode LIKE $awalan_area;
