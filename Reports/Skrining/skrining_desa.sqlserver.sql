-- People screened in the period, each in the village of their first screening of the period, with
-- every flag they had at least once.
WITH dalam_periode AS (
    SELECT s.*, ROW_NUMBER() OVER (PARTITION BY id_orang ORDER BY tanggal, kode_puskesmas, id_skrining) AS urutan
    FROM dbo.skrining s
    WHERE tanggal BETWEEN @awal AND @akhir AND (@kegiatan IS NULL OR kegiatan = @kegiatan)
),
orang AS (
    SELECT id_orang,
           MAX(CASE WHEN urutan = 1 THEN kode_desa END) AS kode_desa,
           MAX(CASE WHEN sistolik IS NOT NULL OR diastolik IS NOT NULL THEN 1 ELSE 0 END) AS ukur_tensi,
           MAX(CASE WHEN sistolik >= @sistolik OR diastolik >= @diastolik THEN 1 ELSE 0 END) AS tensi_tinggi,
           MAX(CASE WHEN gula_darah_sewaktu IS NOT NULL THEN 1 ELSE 0 END) AS ukur_gula,
           MAX(CASE WHEN gula_darah_sewaktu >= @gula_darah THEN 1 ELSE 0 END) AS gula_tinggi,
           MAX(CASE WHEN kolesterol_total IS NOT NULL THEN 1 ELSE 0 END) AS ukur_kolesterol,
           MAX(CASE WHEN kolesterol_total >= @kolesterol THEN 1 ELSE 0 END) AS kolesterol_tinggi,
           MAX(CASE WHEN skrining_tb IS NOT NULL THEN 1 ELSE 0 END) AS ukur_tb,
           MAX(CASE WHEN skrining_tb = 1 THEN 1 ELSE 0 END) AS terduga_tb,
           MAX(CASE WHEN skrining_kusta IS NOT NULL THEN 1 ELSE 0 END) AS ukur_kusta,
           MAX(CASE WHEN skrining_kusta = 1 THEN 1 ELSE 0 END) AS suspek_kusta
    FROM dalam_periode
    GROUP BY id_orang
)
SELECT kode_desa AS KodeDesa,
       COUNT_BIG(*) AS Diskrining,
       CAST(SUM(tensi_tinggi) AS BIGINT) AS TekananDarahTinggi,
       CAST(SUM(gula_tinggi) AS BIGINT) AS GulaDarahTinggi,
       CAST(SUM(kolesterol_tinggi) AS BIGINT) AS KolesterolTinggi,
       CAST(SUM(terduga_tb) AS BIGINT) AS TerdugaTb,
       CAST(SUM(suspek_kusta) AS BIGINT) AS SuspekKusta,
       CAST(SUM(ukur_tensi) AS BIGINT) AS DiukurTekananDarah,
       CAST(SUM(ukur_gula) AS BIGINT) AS DiukurGulaDarah,
       CAST(SUM(ukur_kolesterol) AS BIGINT) AS DiukurKolesterol,
       CAST(SUM(ukur_tb) AS BIGINT) AS DiskriningTb,
       CAST(SUM(ukur_kusta) AS BIGINT) AS DiskriningKusta,
       CAST(0 AS BIGINT) AS DiskriningAgregat  -- a kegiatan is known of people only, never of a recap
FROM orang
GROUP BY kode_desa;
