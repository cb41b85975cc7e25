-- Every month's year-to-date screening figures per village in one pass: for each person the village of their
-- first screening of the year and the month each flag or measurement first appeared; a month's figures count
-- the people whose first date falls in or before it.
INSERT INTO mart_skrining (tahun, bulan, kode_desa, diskrining, tekanan_darah_tinggi, gula_darah_tinggi, kolesterol_tinggi,
                           terduga_tb, suspek_kusta, diukur_tekanan_darah, diukur_gula_darah, diukur_kolesterol, diskrining_tb,
                           diskrining_kusta)
SELECT $tahun, b.bulan, o.kode_desa,
       sum(CASE WHEN o.pertama <= b.bulan THEN 1 ELSE 0 END),
       sum(CASE WHEN o.tensi_tinggi <= b.bulan THEN 1 ELSE 0 END),
       sum(CASE WHEN o.gula_tinggi <= b.bulan THEN 1 ELSE 0 END),
       sum(CASE WHEN o.kolesterol_tinggi <= b.bulan THEN 1 ELSE 0 END),
       sum(CASE WHEN o.terduga_tb <= b.bulan THEN 1 ELSE 0 END),
       sum(CASE WHEN o.suspek_kusta <= b.bulan THEN 1 ELSE 0 END),
       sum(CASE WHEN o.ukur_tensi <= b.bulan THEN 1 ELSE 0 END),
       sum(CASE WHEN o.ukur_gula <= b.bulan THEN 1 ELSE 0 END),
       sum(CASE WHEN o.ukur_kolesterol <= b.bulan THEN 1 ELSE 0 END),
       sum(CASE WHEN o.ukur_tb <= b.bulan THEN 1 ELSE 0 END),
       sum(CASE WHEN o.ukur_kusta <= b.bulan THEN 1 ELSE 0 END)
FROM (
    SELECT id_orang,
           max(CASE WHEN urutan = 1 THEN kode_desa END) AS kode_desa,
           month(min(tanggal)) AS pertama,
           month(min(CASE WHEN sistolik IS NOT NULL OR diastolik IS NOT NULL THEN tanggal END)) AS ukur_tensi,
           month(min(CASE WHEN sistolik >= $sistolik OR diastolik >= $diastolik THEN tanggal END)) AS tensi_tinggi,
           month(min(CASE WHEN gula_darah_sewaktu IS NOT NULL THEN tanggal END)) AS ukur_gula,
           month(min(CASE WHEN gula_darah_sewaktu >= $gula_darah THEN tanggal END)) AS gula_tinggi,
           month(min(CASE WHEN kolesterol_total IS NOT NULL THEN tanggal END)) AS ukur_kolesterol,
           month(min(CASE WHEN kolesterol_total >= $kolesterol THEN tanggal END)) AS kolesterol_tinggi,
           month(min(CASE WHEN skrining_tb IS NOT NULL THEN tanggal END)) AS ukur_tb,
           month(min(CASE WHEN CAST(skrining_tb AS INTEGER) = 1 THEN tanggal END)) AS terduga_tb,
           month(min(CASE WHEN skrining_kusta IS NOT NULL THEN tanggal END)) AS ukur_kusta,
           month(min(CASE WHEN CAST(skrining_kusta AS INTEGER) = 1 THEN tanggal END)) AS suspek_kusta
    FROM (SELECT s.*, row_number() OVER (PARTITION BY id_orang ORDER BY tanggal, kode_puskesmas, id_skrining) AS urutan
          FROM skrining s
          WHERE tanggal BETWEEN $awal AND $akhir) AS tahun_ini
    GROUP BY id_orang
) AS o
CROSS JOIN (VALUES (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12)) AS b(bulan)
WHERE o.pertama <= b.bulan
GROUP BY b.bulan, o.kode_desa;
