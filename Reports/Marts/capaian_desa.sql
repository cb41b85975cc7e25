SELECT kode_desa AS KodeDesa, kode_indikator AS KodeIndikator, sasaran AS Sasaran, bulan_ini AS BulanIni, kumulatif AS Kumulatif, bulan AS Bulan,
       COALESCE(kumulatif_agregat, 0) AS KumulatifAgregat
FROM mart_capaian
WHERE kode_desa = $kode_desa AND tahun = $tahun
ORDER BY kode_indikator, bulan;
