-- The kabupaten/kota of the wilayah kerja master, when all its villages lie in one.
SELECT min(substring(kode_desa, 1, 5))
FROM wilayah_kerja
HAVING count(DISTINCT substring(kode_desa, 1, 5)) = 1;
