-- One row per indicator, village of the kabupaten and month of $tahun. A person counts once per
-- indicator and year: in the village and month of their first qualifying service (rule of first service).
-- A puskesmas's monthly counts (agregat) add to the people, except where the same puskesmas sent people for that
-- service and month (people win); the part that came from counts is kept beside each figure.
WITH desa AS (
    SELECT kode
    FROM wilayah
    WHERE tingkat = 4 AND kode LIKE $kabupaten_prefix
      AND berlaku_dari <= $akhir AND (berlaku_sampai IS NULL OR berlaku_sampai >= $awal)
),
-- A screening is a service too: SPM06 for ages 15-59, SPM07 from 60, in completed years on its date. Read again by each
-- of its two readers: written out whole first (DuckDB's choice for a table expression read twice), the year's services
-- took a third of this statement's time at kabupaten scale (8.4 -> 5.5 s under a 1 GB ceiling).
layanan AS NOT MATERIALIZED (
    SELECT kode_puskesmas, id_kunjungan AS id_catatan, tanggal, nomor_orang(id_orang) AS id_orang, kode_desa, layanan
    FROM kunjungan
    WHERE tanggal BETWEEN $awal AND $akhir
    UNION ALL
    SELECT kode_puskesmas, CONCAT('skrining:', id_skrining), tanggal, nomor_orang(id_orang), kode_desa,
           CASE WHEN usia >= 60 THEN 'SKRINING_LANSIA' ELSE 'SKRINING_USIA_PRODUKTIF' END
    FROM (
        -- FLOOR, not integer division: DuckDB's / divides exactly, T-SQL's truncates integers.
        SELECT s.*, FLOOR(((YEAR(tanggal) * 10000 + MONTH(tanggal) * 100 + DAY(tanggal))
                           - (YEAR(tanggal_lahir) * 10000 + MONTH(tanggal_lahir) * 100 + DAY(tanggal_lahir))) / 10000) AS usia
        FROM skrining s
        WHERE tanggal BETWEEN $awal AND $akhir
    ) AS umur
    WHERE usia >= 15
),
-- Indicators as numbers for the window below: it sorts the year's services per indicator and person, and a number
-- sorts faster than the indicator's code (4.35 against 5.11 s a kabupaten year, 10.6 against 12.3 s a province year
-- under a 1 GB ceiling, the same rows).
indikator_nomor AS (
    SELECT kode_indikator, CAST(ROW_NUMBER() OVER (ORDER BY kode_indikator) AS SMALLINT) AS nomor
    FROM indikator
),
layanan_berurut AS (
    SELECT n.nomor, l.kode_desa, CAST(MONTH(l.tanggal) AS TINYINT) AS bulan,
           ROW_NUMBER() OVER (PARTITION BY n.nomor, l.id_orang
                              ORDER BY l.tanggal, l.kode_puskesmas, l.id_catatan) AS urutan
    FROM layanan l
    JOIN indikator_layanan il ON il.layanan = l.layanan
    JOIN indikator_nomor n ON n.kode_indikator = il.kode_indikator
),
orang_baru AS (
    SELECT n.kode_indikator, b.kode_desa, b.bulan, b.jumlah
    FROM (
        SELECT nomor, kode_desa, bulan, COUNT(*) AS jumlah
        FROM layanan_berurut
        WHERE urutan = 1
        GROUP BY nomor, kode_desa, bulan
    ) b
    JOIN indikator_nomor n ON n.nomor = b.nomor
),
-- Only the puskesmas that sent counts this year are looked at: most send people only.
orang_dikirim AS (
    SELECT DISTINCT kode_puskesmas, layanan, MONTH(tanggal) AS bulan
    FROM layanan
    WHERE kode_puskesmas IN (SELECT kode_puskesmas FROM agregat WHERE tahun = $tahun)
),
agregat_dihitung AS (
    SELECT il.kode_indikator, a.kode_desa, a.bulan, SUM(a.jumlah) AS jumlah
    FROM agregat a
    JOIN indikator_layanan il ON il.layanan = a.layanan
    WHERE a.tahun = $tahun
      AND NOT EXISTS (SELECT 1 FROM orang_dikirim o
                      WHERE o.kode_puskesmas = a.kode_puskesmas AND o.layanan = a.layanan AND o.bulan = a.bulan)
    GROUP BY il.kode_indikator, a.kode_desa, a.bulan
),
sasaran_desa AS (
    SELECT i.kode_indikator, d.kode AS kode_desa,
           COALESCE(s.jumlah, CAST(CEILING(
               CASE i.jenis_sasaran
                   WHEN 'IBU_HAMIL' THEN 1.10
                   WHEN 'IBU_BERSALIN' THEN 1.05
                   WHEN 'BAYI' THEN 1.00
                   WHEN 'BAYI_BARU_LAHIR' THEN 1.00
               END * CAST($cbr_per_seribu AS DECIMAL(18, 6)) * p.jumlah / 1000) AS INT)) AS sasaran
    FROM indikator i
    CROSS JOIN desa d
    LEFT JOIN sasaran s ON s.tahun = $tahun AND s.kode_desa = d.kode AND s.jenis_sasaran = i.jenis_sasaran
    LEFT JOIN sasaran p ON p.tahun = $tahun AND p.kode_desa = d.kode AND p.jenis_sasaran = 'PENDUDUK'
)
INSERT INTO mart_capaian (kode_indikator, tahun, bulan, kode_desa, bulan_ini, kumulatif, sasaran, bulan_ini_agregat, kumulatif_agregat)
SELECT sd.kode_indikator, $tahun, b.bulan, sd.kode_desa,
       COALESCE(o.jumlah, 0) + COALESCE(g.jumlah, 0),
       SUM(COALESCE(o.jumlah, 0) + COALESCE(g.jumlah, 0)) OVER (PARTITION BY sd.kode_indikator, sd.kode_desa ORDER BY b.bulan
                                                                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW),
       sd.sasaran,
       COALESCE(g.jumlah, 0),
       SUM(COALESCE(g.jumlah, 0)) OVER (PARTITION BY sd.kode_indikator, sd.kode_desa ORDER BY b.bulan
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
FROM sasaran_desa sd
CROSS JOIN bulan b
LEFT JOIN orang_baru o ON o.kode_indikator = sd.kode_indikator AND o.kode_desa = sd.kode_desa AND o.bulan = b.bulan
LEFT JOIN agregat_dihitung g ON g.kode_indikator = sd.kode_indikator AND g.kode_desa = sd.kode_desa AND g.bulan = b.bulan
-- Written in the order pages read it (a year's rows arrive together): each indicator and month lies in few
-- row groups, so DuckDB's zone maps skip the rest of a province or national mart.
ORDER BY sd.kode_indikator, b.bulan, sd.kode_desa;
