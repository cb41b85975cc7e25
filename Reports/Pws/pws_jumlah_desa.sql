-- How many villages pws_desa lists in all, for a page's total.
SELECT count(*)
FROM wilayah d
WHERE d.tingkat = 4 AND d.kode LIKE $kabupaten_prefix
  AND d.berlaku_dari <= $akhir_periode AND (d.berlaku_sampai IS NULL OR d.berlaku_sampai >= $awal_periode)
  AND ($puskesmas IS NULL OR d.kode IN (SELECT kode_desa FROM wilayah_kerja WHERE kode_puskesmas = $puskesmas));
