-- docs/domain.md, "Follow-up and the screening-to-care cascade", per village as known at the end of each month of
-- $tahun. For each person: the month of their first screening of the year (counted in its village), of their first
-- flagged screening (counted in its village), of the first follow-up and of the first sign of control after it; a
-- month counts the people whose month falls in or before it. Followed up: PELAYANAN_HIPERTENSI (PELAYANAN_DM) at any
-- puskesmas within $jendela_hari days of the flagged screening. Under control: a later screening of the year with
-- the measurement there and every measured value below its cut point, which implies followed up.
WITH skrining_tahun AS (
    SELECT id_orang, tanggal, hari, kode_desa,
           row_number() OVER (PARTITION BY id_orang ORDER BY tanggal, kode_puskesmas, id_skrining) AS urutan,
           CASE WHEN sistolik >= $sistolik OR diastolik >= $diastolik THEN 1 ELSE 0 END AS tensi_tinggi,
           CASE WHEN gula_darah_sewaktu >= $gula_darah THEN 1 ELSE 0 END AS gula_tinggi,
           CASE WHEN sistolik IS NOT NULL OR diastolik IS NOT NULL THEN 1 ELSE 0 END AS ukur_tensi,
           CASE WHEN gula_darah_sewaktu IS NOT NULL THEN 1 ELSE 0 END AS ukur_gula,
           CASE WHEN sistolik >= $sistolik OR diastolik >= $diastolik OR gula_darah_sewaktu >= $gula_darah
                     OR kolesterol_total >= $kolesterol THEN 0 ELSE 1 END AS normal
    FROM skrining_hari
    WHERE tanggal BETWEEN $awal AND $akhir
),
tanda_pertama AS (
    SELECT id_orang,
           min(CASE WHEN tensi_tinggi = 1 THEN urutan END) AS tensi,
           min(CASE WHEN gula_tinggi = 1 THEN urutan END) AS gula
    FROM skrining_tahun
    GROUP BY id_orang
),
ditandai AS (
    SELECT s.id_orang, 'TENSI' AS jenis, s.tanggal, s.hari, s.kode_desa
    FROM skrining_tahun s
    JOIN tanda_pertama t ON t.id_orang = s.id_orang AND t.tensi = s.urutan
    UNION ALL
    SELECT s.id_orang, 'GULA', s.tanggal, s.hari, s.kode_desa
    FROM skrining_tahun s
    JOIN tanda_pertama t ON t.id_orang = s.id_orang AND t.gula = s.urutan
),
terkendali AS (
    SELECT d.id_orang, d.jenis, min(s.tanggal) AS tanggal
    FROM ditandai d
    JOIN skrining_tahun s ON s.id_orang = d.id_orang AND s.tanggal > d.tanggal AND s.normal = 1
                         AND (CASE WHEN d.jenis = 'TENSI' THEN s.ukur_tensi ELSE s.ukur_gula END) = 1
    GROUP BY d.id_orang, d.jenis
),
dilayani AS (
    SELECT d.id_orang, d.jenis, min(k.tanggal) AS tanggal
    FROM ditandai d
    JOIN kunjungan_hari k ON k.id_orang = d.id_orang
                         AND k.layanan = CASE WHEN d.jenis = 'TENSI' THEN 'PELAYANAN_HIPERTENSI' ELSE 'PELAYANAN_DM' END
                         AND k.hari BETWEEN d.hari AND d.hari + $jendela_hari
    WHERE k.tanggal BETWEEN $awal AND $akhir
    GROUP BY d.id_orang, d.jenis
),
kasus AS (
    SELECT d.kode_desa, d.jenis, month(d.tanggal) AS ditandai, month(c.tanggal) AS terkendali,
           month(CASE WHEN c.tanggal IS NULL OR l.tanggal < c.tanggal THEN l.tanggal ELSE c.tanggal END) AS ditindaklanjuti
    FROM ditandai d
    LEFT JOIN terkendali c ON c.id_orang = d.id_orang AND c.jenis = d.jenis
    LEFT JOIN dilayani l ON l.id_orang = d.id_orang AND l.jenis = d.jenis
),
peristiwa AS (
    SELECT kode_desa, month(tanggal) AS mulai, month(tanggal) AS diskrining,
           NULL AS tensi_tinggi, NULL AS tensi_ditindaklanjuti, NULL AS tensi_terkendali,
           NULL AS gula_tinggi, NULL AS gula_ditindaklanjuti, NULL AS gula_terkendali
    FROM skrining_tahun
    WHERE urutan = 1
    UNION ALL
    SELECT kode_desa, ditandai, NULL,
           CASE WHEN jenis = 'TENSI' THEN ditandai END, CASE WHEN jenis = 'TENSI' THEN ditindaklanjuti END,
           CASE WHEN jenis = 'TENSI' THEN terkendali END,
           CASE WHEN jenis = 'GULA' THEN ditandai END, CASE WHEN jenis = 'GULA' THEN ditindaklanjuti END,
           CASE WHEN jenis = 'GULA' THEN terkendali END
    FROM kasus
)
INSERT INTO mart_kaskade (tahun, bulan, kode_desa, diskrining, tensi_tinggi, tensi_ditindaklanjuti, tensi_terkendali,
                          gula_tinggi, gula_ditindaklanjuti, gula_terkendali)
SELECT $tahun, b.bulan, p.kode_desa,
       sum(CASE WHEN p.diskrining <= b.bulan THEN 1 ELSE 0 END),
       sum(CASE WHEN p.tensi_tinggi <= b.bulan THEN 1 ELSE 0 END),
       sum(CASE WHEN p.tensi_ditindaklanjuti <= b.bulan THEN 1 ELSE 0 END),
       sum(CASE WHEN p.tensi_terkendali <= b.bulan THEN 1 ELSE 0 END),
       sum(CASE WHEN p.gula_tinggi <= b.bulan THEN 1 ELSE 0 END),
       sum(CASE WHEN p.gula_ditindaklanjuti <= b.bulan THEN 1 ELSE 0 END),
       sum(CASE WHEN p.gula_terkendali <= b.bulan THEN 1 ELSE 0 END)
FROM peristiwa p
JOIN bulan b ON p.mulai <= b.bulan
GROUP BY b.bulan, p.kode_desa
ORDER BY b.bulan, p.kode_desa;
