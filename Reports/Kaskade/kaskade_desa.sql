-- The cascade per village as known at the end of the month asked for (mart_kaskade, built with the other marts).
SELECT kode_desa AS KodeDesa, diskrining AS Diskrining, tensi_tinggi AS TensiTinggi, tensi_ditindaklanjuti AS TensiDitindaklanjuti,
       tensi_terkendali AS TensiTerkendali, gula_tinggi AS GulaTinggi, gula_ditindaklanjuti AS GulaDitindaklanjuti,
       gula_terkendali AS GulaTerkendali
FROM mart_kaskade
WHERE tahun = $tahun AND bulan = $bulan;
