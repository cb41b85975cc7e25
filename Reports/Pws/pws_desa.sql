-- The villages of the view, $lewati to $lewati + $ambil of them in code order (every one, or a page), with their mart
-- figures for the month and the month before.
SELECT d.kode AS KodeDesa, d.nama AS NamaDesa,
       m.sasaran AS Sasaran, COALESCE(m.bulan_ini, 0) AS BulanIni, COALESCE(m.kumulatif, 0) AS Kumulatif,
       l.sasaran AS SasaranBulanLalu, COALESCE(l.bulan_ini, 0) AS BulanLalu,
       COALESCE(m.kumulatif_agregat, 0) AS KumulatifAgregat
FROM wilayah d
LEFT JOIN mart_capaian m
       ON m.kode_desa = d.kode AND m.kode_indikator = $indikator AND m.tahun = $tahun AND m.bulan = $bulan
LEFT JOIN mart_capaian l
       ON l.kode_desa = d.kode AND l.kode_indikator = $indikator AND l.tahun = $tahun_lalu AND l.bulan = $bulan_lalu
WHERE d.tingkat = 4 AND d.kode LIKE $kabupaten_prefix
  AND d.berlaku_dari <= $akhir_periode AND (d.berlaku_sampai IS NULL OR d.berlaku_sampai >= $awal_periode)
  AND ($puskesmas IS NULL OR d.kode IN (SELECT kode_desa FROM wilayah_kerja WHERE kode_puskesmas = $puskesmas))
ORDER BY d.kode
OFFSET $lewati ROWS FETCH NEXT $ambil ROWS ONLY;
