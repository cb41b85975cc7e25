-- Every month's year-to-date screening figures per village in one pass: for each person the village of their
-- first screening of the year and the month each flag or measurement first appeared; a month's figures count
-- the people whose first date falls in or before it. A puskesmas's screening recaps (agregat_skrining) add to them,
-- except in a month the same puskesmas sent screened people for (people win).
WITH orang AS (
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
),
bulan_tahun AS (
    SELECT bulan FROM (VALUES (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12)) AS b(bulan)
),
dari_orang AS (
    SELECT b.bulan, o.kode_desa,
           sum(CASE WHEN o.pertama <= b.bulan THEN 1 ELSE 0 END) AS diskrining,
           sum(CASE WHEN o.tensi_tinggi <= b.bulan THEN 1 ELSE 0 END) AS tekanan_darah_tinggi,
           sum(CASE WHEN o.gula_tinggi <= b.bulan THEN 1 ELSE 0 END) AS gula_darah_tinggi,
           sum(CASE WHEN o.kolesterol_tinggi <= b.bulan THEN 1 ELSE 0 END) AS kolesterol_tinggi,
           sum(CASE WHEN o.terduga_tb <= b.bulan THEN 1 ELSE 0 END) AS terduga_tb,
           sum(CASE WHEN o.suspek_kusta <= b.bulan THEN 1 ELSE 0 END) AS suspek_kusta,
           sum(CASE WHEN o.ukur_tensi <= b.bulan THEN 1 ELSE 0 END) AS diukur_tekanan_darah,
           sum(CASE WHEN o.ukur_gula <= b.bulan THEN 1 ELSE 0 END) AS diukur_gula_darah,
           sum(CASE WHEN o.ukur_kolesterol <= b.bulan THEN 1 ELSE 0 END) AS diukur_kolesterol,
           sum(CASE WHEN o.ukur_tb <= b.bulan THEN 1 ELSE 0 END) AS diskrining_tb,
           sum(CASE WHEN o.ukur_kusta <= b.bulan THEN 1 ELSE 0 END) AS diskrining_kusta,
           0 AS diskrining_agregat
    FROM orang o
    CROSS JOIN bulan_tahun b
    WHERE o.pertama <= b.bulan
    GROUP BY b.bulan, o.kode_desa
),
skrining_dikirim AS (
    SELECT DISTINCT kode_puskesmas, month(tanggal) AS bulan
    FROM skrining
    WHERE tanggal BETWEEN $awal AND $akhir
      AND kode_puskesmas IN (SELECT kode_puskesmas FROM agregat_skrining WHERE tahun = $tahun)
),
-- A recap gives each measurement's screened and flagged; the people screened at all are its SEMUA line, or else the
-- most any one measurement reached (a person screened for two counts in both rows).
rekap AS (
    SELECT a.kode_puskesmas, a.kode_desa, a.bulan,
           max(a.diskrining) AS diskrining,
           sum(CASE WHEN a.ukuran = 'TEKANAN_DARAH' THEN a.ditandai ELSE 0 END) AS tekanan_darah_tinggi,
           sum(CASE WHEN a.ukuran = 'GULA_DARAH' THEN a.ditandai ELSE 0 END) AS gula_darah_tinggi,
           sum(CASE WHEN a.ukuran = 'KOLESTEROL' THEN a.ditandai ELSE 0 END) AS kolesterol_tinggi,
           sum(CASE WHEN a.ukuran = 'TB' THEN a.ditandai ELSE 0 END) AS terduga_tb,
           sum(CASE WHEN a.ukuran = 'KUSTA' THEN a.ditandai ELSE 0 END) AS suspek_kusta,
           sum(CASE WHEN a.ukuran = 'TEKANAN_DARAH' THEN a.diskrining ELSE 0 END) AS diukur_tekanan_darah,
           sum(CASE WHEN a.ukuran = 'GULA_DARAH' THEN a.diskrining ELSE 0 END) AS diukur_gula_darah,
           sum(CASE WHEN a.ukuran = 'KOLESTEROL' THEN a.diskrining ELSE 0 END) AS diukur_kolesterol,
           sum(CASE WHEN a.ukuran = 'TB' THEN a.diskrining ELSE 0 END) AS diskrining_tb,
           sum(CASE WHEN a.ukuran = 'KUSTA' THEN a.diskrining ELSE 0 END) AS diskrining_kusta
    FROM agregat_skrining a
    WHERE a.tahun = $tahun
      AND NOT EXISTS (SELECT 1 FROM skrining_dikirim s WHERE s.kode_puskesmas = a.kode_puskesmas AND s.bulan = a.bulan)
    GROUP BY a.kode_puskesmas, a.kode_desa, a.bulan
),
dari_rekap AS (
    SELECT b.bulan, r.kode_desa,
           sum(r.diskrining) AS diskrining, sum(r.tekanan_darah_tinggi) AS tekanan_darah_tinggi,
           sum(r.gula_darah_tinggi) AS gula_darah_tinggi, sum(r.kolesterol_tinggi) AS kolesterol_tinggi,
           sum(r.terduga_tb) AS terduga_tb, sum(r.suspek_kusta) AS suspek_kusta,
           sum(r.diukur_tekanan_darah) AS diukur_tekanan_darah, sum(r.diukur_gula_darah) AS diukur_gula_darah,
           sum(r.diukur_kolesterol) AS diukur_kolesterol, sum(r.diskrining_tb) AS diskrining_tb,
           sum(r.diskrining_kusta) AS diskrining_kusta, sum(r.diskrining) AS diskrining_agregat
    FROM rekap r
    CROSS JOIN bulan_tahun b
    WHERE r.bulan <= b.bulan
    GROUP BY b.bulan, r.kode_desa
)
INSERT INTO mart_skrining (tahun, bulan, kode_desa, diskrining, tekanan_darah_tinggi, gula_darah_tinggi, kolesterol_tinggi,
                           terduga_tb, suspek_kusta, diukur_tekanan_darah, diukur_gula_darah, diukur_kolesterol, diskrining_tb,
                           diskrining_kusta, diskrining_agregat)
SELECT $tahun, bulan, kode_desa, sum(diskrining), sum(tekanan_darah_tinggi), sum(gula_darah_tinggi), sum(kolesterol_tinggi),
       sum(terduga_tb), sum(suspek_kusta), sum(diukur_tekanan_darah), sum(diukur_gula_darah), sum(diukur_kolesterol),
       sum(diskrining_tb), sum(diskrining_kusta), sum(diskrining_agregat)
FROM (SELECT * FROM dari_orang UNION ALL SELECT * FROM dari_rekap) AS semua
GROUP BY bulan, kode_desa
-- In the order pages read it, a month at a time (see bangun_mart_capaian.sql).
ORDER BY bulan, kode_desa;
