-- Year-to-date screening figures per village from the mart (every kegiatan together): every village, or the one of
-- $kode_desa.
SELECT kode_desa AS KodeDesa, diskrining AS Diskrining, tekanan_darah_tinggi AS TekananDarahTinggi, gula_darah_tinggi AS GulaDarahTinggi,
       kolesterol_tinggi AS KolesterolTinggi, terduga_tb AS TerdugaTb, suspek_kusta AS SuspekKusta,
       diukur_tekanan_darah AS DiukurTekananDarah, diukur_gula_darah AS DiukurGulaDarah, diukur_kolesterol AS DiukurKolesterol,
       diskrining_tb AS DiskriningTb, diskrining_kusta AS DiskriningKusta, COALESCE(diskrining_agregat, 0) AS DiskriningAgregat
FROM mart_skrining
WHERE tahun = $tahun AND bulan = $bulan AND ($kode_desa IS NULL OR kode_desa = $kode_desa);
