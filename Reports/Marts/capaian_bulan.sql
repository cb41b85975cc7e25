SELECT kode_desa AS KodeDesa, kode_indikator AS KodeIndikator, sasaran AS Sasaran, bulan_ini AS BulanIni, kumulatif AS Kumulatif
FROM mart_capaian
WHERE tahun = $tahun AND bulan = $bulan;
