-- JKN participation of every village of the area, or of the one of $kode_desa, for a month.
SELECT d.kode AS KodeDesa, d.nama AS NamaDesa, j.penduduk AS Penduduk, j.peserta_jkn AS PesertaJkn, j.peserta_aktif AS PesertaAktif
FROM wilayah d
LEFT JOIN jkn j ON j.kode_desa = d.kode AND j.tahun = $tahun AND j.bulan = $bulan
WHERE d.tingkat = 4 AND d.kode LIKE $kabupaten_prefix
  AND d.berlaku_dari <= $akhir_periode AND (d.berlaku_sampai IS NULL OR d.berlaku_sampai >= $awal_periode)
  AND ($kode_desa IS NULL OR d.kode = $kode_desa)
ORDER BY d.kode;
