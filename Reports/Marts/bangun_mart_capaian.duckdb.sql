-- One row per indicator, village of the kabupaten and month of $tahun. A person counts once per
-- indicator and year: in the village and month of their first qualifying service (rule of first service).
INSERT INTO mart_capaian (kode_indikator, tahun, bulan, kode_desa, bulan_ini, kumulatif, sasaran)
WITH desa AS (
    SELECT kode
    FROM wilayah
    WHERE tingkat = 4 AND kode LIKE $kabupaten_prefix
      AND berlaku_dari <= $akhir AND (berlaku_sampai IS NULL OR berlaku_sampai >= $awal)
),
layanan_berurut AS (
    SELECT il.kode_indikator, k.kode_desa, month(k.tanggal) AS bulan,
           row_number() OVER (PARTITION BY il.kode_indikator, k.id_orang
                              ORDER BY k.tanggal, k.kode_puskesmas, k.id_kunjungan) AS urutan
    FROM kunjungan k
    JOIN indikator_layanan il ON il.layanan = k.layanan
    WHERE k.tanggal BETWEEN $awal AND $akhir
),
orang_baru AS (
    SELECT kode_indikator, kode_desa, bulan, count(*) AS jumlah
    FROM layanan_berurut
    WHERE urutan = 1
    GROUP BY kode_indikator, kode_desa, bulan
),
sasaran_desa AS (
    SELECT i.kode_indikator, d.kode AS kode_desa,
           COALESCE(s.jumlah, CAST(ceil(
               CASE i.jenis_sasaran
                   WHEN 'IBU_HAMIL' THEN 1.10
                   WHEN 'IBU_BERSALIN' THEN 1.05
                   WHEN 'BAYI' THEN 1.00
                   WHEN 'BAYI_BARU_LAHIR' THEN 1.00
               END * CAST($cbr_per_seribu AS DECIMAL(18, 6)) * p.jumlah / 1000) AS INTEGER)) AS sasaran
    FROM indikator i
    CROSS JOIN desa d
    LEFT JOIN sasaran s ON s.tahun = $tahun AND s.kode_desa = d.kode AND s.jenis_sasaran = i.jenis_sasaran
    LEFT JOIN sasaran p ON p.tahun = $tahun AND p.kode_desa = d.kode AND p.jenis_sasaran = 'PENDUDUK'
)
SELECT sd.kode_indikator, $tahun, b.bulan, sd.kode_desa,
       COALESCE(o.jumlah, 0),
       SUM(COALESCE(o.jumlah, 0)) OVER (PARTITION BY sd.kode_indikator, sd.kode_desa ORDER BY b.bulan
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW),
       sd.sasaran
FROM sasaran_desa sd
CROSS JOIN bulan b
LEFT JOIN orang_baru o ON o.kode_indikator = sd.kode_indikator AND o.kode_desa = sd.kode_desa AND o.bulan = b.bulan;
