-- People screened in the period, each in the village of their first screening of the period, with
-- every flag they had at least once.
WITH dalam_periode AS (
    SELECT s.*, row_number() OVER (PARTITION BY id_orang ORDER BY tanggal, kode_puskesmas, id_skrining) AS urutan
    FROM skrining s
    WHERE tanggal BETWEEN $awal AND $akhir AND ($kegiatan IS NULL OR kegiatan = $kegiatan)
),
orang AS (
    SELECT id_orang,
           max(CASE WHEN urutan = 1 THEN kode_desa END) AS kode_desa,
           bool_or(sistolik IS NOT NULL OR diastolik IS NOT NULL) AS ukur_tensi,
           bool_or(sistolik >= $sistolik OR diastolik >= $diastolik) AS tensi_tinggi,
           bool_or(gula_darah_sewaktu IS NOT NULL) AS ukur_gula,
           bool_or(gula_darah_sewaktu >= $gula_darah) AS gula_tinggi,
           bool_or(kolesterol_total IS NOT NULL) AS ukur_kolesterol,
           bool_or(kolesterol_total >= $kolesterol) AS kolesterol_tinggi,
           bool_or(skrining_tb IS NOT NULL) AS ukur_tb,
           bool_or(skrining_tb) AS terduga_tb,
           bool_or(skrining_kusta IS NOT NULL) AS ukur_kusta,
           bool_or(skrining_kusta) AS suspek_kusta
    FROM dalam_periode
    GROUP BY id_orang
)
SELECT kode_desa AS KodeDesa,
       count(*) AS Diskrining,
       count(*) FILTER (WHERE tensi_tinggi) AS TekananDarahTinggi,
       count(*) FILTER (WHERE gula_tinggi) AS GulaDarahTinggi,
       count(*) FILTER (WHERE kolesterol_tinggi) AS KolesterolTinggi,
       count(*) FILTER (WHERE terduga_tb) AS TerdugaTb,
       count(*) FILTER (WHERE suspek_kusta) AS SuspekKusta,
       count(*) FILTER (WHERE ukur_tensi) AS DiukurTekananDarah,
       count(*) FILTER (WHERE ukur_gula) AS DiukurGulaDarah,
       count(*) FILTER (WHERE ukur_kolesterol) AS DiukurKolesterol,
       count(*) FILTER (WHERE ukur_tb) AS DiskriningTb,
       count(*) FILTER (WHERE ukur_kusta) AS DiskriningKusta,
       CAST(0 AS BIGINT) AS DiskriningAgregat  -- a kegiatan is known of people only, never of a recap
FROM orang
GROUP BY kode_desa;
