-- Outreach of $tahun at every level in one pass: the puskesmas that served (PUSKESMAS) or the first characters of
-- the person's village code (DESA, KECAMATAN, KABUPATEN, and PROVINSI for a province's warehouse, $provinsi = 1).
-- A person counts once per area, cluster and period however often they came, and once in each setting where they
-- were served; a service belongs to the lowest cluster of the indicators it counts for, and klaster 0 is every
-- service together. Each month alone (kumulatif = 0), and January to each month (kumulatif = 1): a person counts
-- from the first month they were served, in a setting from the first month they were served there.
-- Almost everyone is served in one place (one village, one puskesmas): such a person is one area at every level, so
-- they are counted per place first and the places summed per area; only people served in more than one place are
-- counted again per area from their visits. Places are numbered so that people are grouped on numbers, not on
-- village and puskesmas codes (comparing the codes as text took most of the time).
WITH tingkat AS (
    SELECT t.tingkat, t.per_puskesmas, t.panjang_kode
    FROM (VALUES ('DESA', 0, 13), ('KECAMATAN', 0, 8), ('KABUPATEN', 0, 5), ('PROVINSI', 0, 2), ('PUSKESMAS', 1, 0))
         AS t(tingkat, per_puskesmas, panjang_kode)
    WHERE t.tingkat <> 'PROVINSI' OR $provinsi = 1
),
layanan_klaster AS (
    SELECT il.layanan, min(i.klaster) AS klaster
    FROM indikator_layanan il
    JOIN indikator i ON i.kode_indikator = il.kode_indikator
    GROUP BY il.layanan
),
kunjungan_klaster AS (
    SELECT k.id_orang, lk.klaster, month(k.tanggal) AS bulan, k.kode_desa, k.kode_puskesmas,
           coalesce(nullif(k.tempat, ''), 'TIDAK_DICATAT') AS tempat
    FROM kunjungan k
    JOIN layanan_klaster lk ON lk.layanan = k.layanan
    WHERE k.tanggal BETWEEN $awal AND $akhir
),
lokasi AS MATERIALIZED (
    SELECT kode_desa, kode_puskesmas, row_number() OVER (ORDER BY kode_desa, kode_puskesmas) AS id_lokasi
    FROM (SELECT DISTINCT kode_desa, kode_puskesmas FROM kunjungan_klaster) l
),
-- The area of each place at each level.
lokasi_wilayah AS (
    SELECT l.id_lokasi, t.tingkat,
           CASE WHEN t.per_puskesmas = 1 THEN l.kode_puskesmas ELSE substring(l.kode_desa, 1, t.panjang_kode) END AS kode_wilayah
    FROM lokasi l
    CROSS JOIN tingkat t
),
kunjungan_tahun AS (
    SELECT v.id_orang, v.klaster, v.bulan, l.id_lokasi, v.tempat
    FROM kunjungan_klaster v
    JOIN lokasi l ON l.kode_desa = v.kode_desa AND l.kode_puskesmas = v.kode_puskesmas
    UNION ALL
    SELECT v.id_orang, 0, v.bulan, l.id_lokasi, v.tempat
    FROM kunjungan_klaster v
    JOIN lokasi l ON l.kode_desa = v.kode_desa AND l.kode_puskesmas = v.kode_puskesmas
),
-- Each person once per cluster and month, with where they were served and whether that was one place.
orang_bulan AS MATERIALIZED (
    SELECT id_orang, klaster, bulan, min(id_lokasi) AS id_lokasi,
           CASE WHEN min(id_lokasi) = max(id_lokasi) THEN 1 ELSE 0 END AS satu_tempat,
           max(CASE WHEN tempat = 'DALAM_GEDUNG' THEN 1 ELSE 0 END) AS dalam_gedung,
           max(CASE WHEN tempat = 'LUAR_GEDUNG' THEN 1 ELSE 0 END) AS luar_gedung,
           max(CASE WHEN tempat = 'POSYANDU' THEN 1 ELSE 0 END) AS posyandu,
           max(CASE WHEN tempat = 'PUSLING' THEN 1 ELSE 0 END) AS pusling,
           max(CASE WHEN tempat = 'HOMECARE' THEN 1 ELSE 0 END) AS homecare,
           max(CASE WHEN tempat = 'TIDAK_DICATAT' THEN 1 ELSE 0 END) AS tidak_dicatat,
           max(CASE WHEN tempat IN ('LUAR_GEDUNG', 'POSYANDU', 'PUSLING', 'HOMECARE') THEN 1 ELSE 0 END) AS di_luar_gedung,
           max(CASE WHEN tempat <> 'TIDAK_DICATAT' THEN 1 ELSE 0 END) AS tempat_tercatat
    FROM kunjungan_tahun
    GROUP BY id_orang, klaster, bulan
),
-- Each person once per cluster in the year: the first month they were served, and there in each setting.
orang_tahun AS MATERIALIZED (
    SELECT id_orang, klaster, min(id_lokasi) AS id_lokasi,
           CASE WHEN min(satu_tempat) = 1 AND min(id_lokasi) = max(id_lokasi) THEN 1 ELSE 0 END AS satu_tempat,
           min(bulan) AS dilayani,
           min(CASE WHEN dalam_gedung = 1 THEN bulan END) AS dalam_gedung,
           min(CASE WHEN luar_gedung = 1 THEN bulan END) AS luar_gedung,
           min(CASE WHEN posyandu = 1 THEN bulan END) AS posyandu,
           min(CASE WHEN pusling = 1 THEN bulan END) AS pusling,
           min(CASE WHEN homecare = 1 THEN bulan END) AS homecare,
           min(CASE WHEN tidak_dicatat = 1 THEN bulan END) AS tidak_dicatat,
           min(CASE WHEN di_luar_gedung = 1 THEN bulan END) AS di_luar_gedung,
           min(CASE WHEN tempat_tercatat = 1 THEN bulan END) AS tempat_tercatat
    FROM orang_bulan
    GROUP BY id_orang, klaster
),
-- The visits of people served in more than one place, in each level's areas.
kunjungan_lain AS (
    SELECT w.tingkat, w.kode_wilayah, v.id_orang, v.klaster, v.bulan, v.tempat, b.satu_tempat AS sebulan_satu_tempat
    FROM kunjungan_tahun v
    JOIN orang_tahun o ON o.id_orang = v.id_orang AND o.klaster = v.klaster AND o.satu_tempat = 0
    JOIN orang_bulan b ON b.id_orang = v.id_orang AND b.klaster = v.klaster AND b.bulan = v.bulan
    JOIN lokasi_wilayah w ON w.id_lokasi = v.id_lokasi
),
-- People of each area and month: those served in one place that month counted per place, the others one by one.
per_bulan AS (
    SELECT w.tingkat, w.kode_wilayah, p.klaster, p.bulan, p.orang, p.dalam_gedung, p.luar_gedung, p.posyandu, p.pusling,
           p.homecare, p.tidak_dicatat, p.di_luar_gedung, p.tempat_tercatat
    FROM (
        SELECT id_lokasi, klaster, bulan, count(*) AS orang, sum(dalam_gedung) AS dalam_gedung, sum(luar_gedung) AS luar_gedung,
               sum(posyandu) AS posyandu, sum(pusling) AS pusling, sum(homecare) AS homecare, sum(tidak_dicatat) AS tidak_dicatat,
               sum(di_luar_gedung) AS di_luar_gedung, sum(tempat_tercatat) AS tempat_tercatat
        FROM orang_bulan
        WHERE satu_tempat = 1
        GROUP BY id_lokasi, klaster, bulan
    ) p
    JOIN lokasi_wilayah w ON w.id_lokasi = p.id_lokasi
    UNION ALL
    SELECT tingkat, kode_wilayah, klaster, bulan, 1,
           max(CASE WHEN tempat = 'DALAM_GEDUNG' THEN 1 ELSE 0 END),
           max(CASE WHEN tempat = 'LUAR_GEDUNG' THEN 1 ELSE 0 END),
           max(CASE WHEN tempat = 'POSYANDU' THEN 1 ELSE 0 END),
           max(CASE WHEN tempat = 'PUSLING' THEN 1 ELSE 0 END),
           max(CASE WHEN tempat = 'HOMECARE' THEN 1 ELSE 0 END),
           max(CASE WHEN tempat = 'TIDAK_DICATAT' THEN 1 ELSE 0 END),
           max(CASE WHEN tempat IN ('LUAR_GEDUNG', 'POSYANDU', 'PUSLING', 'HOMECARE') THEN 1 ELSE 0 END),
           max(CASE WHEN tempat <> 'TIDAK_DICATAT' THEN 1 ELSE 0 END)
    FROM kunjungan_lain
    WHERE sebulan_satu_tempat = 0
    GROUP BY tingkat, kode_wilayah, klaster, bulan, id_orang
),
-- People of each area with the same first months counted together, so that each month's running total reads a few
-- rows per area: those served in one place in the year counted per place, the others one by one.
pola_tempat AS (
    SELECT w.tingkat, w.kode_wilayah, p.klaster, p.dilayani, p.dalam_gedung, p.luar_gedung, p.posyandu, p.pusling, p.homecare,
           p.tidak_dicatat, p.di_luar_gedung, p.tempat_tercatat, p.orang
    FROM (
        SELECT id_lokasi, klaster, dilayani, dalam_gedung, luar_gedung, posyandu, pusling, homecare, tidak_dicatat,
               di_luar_gedung, tempat_tercatat, count(*) AS orang
        FROM orang_tahun
        WHERE satu_tempat = 1
        GROUP BY id_lokasi, klaster, dilayani, dalam_gedung, luar_gedung, posyandu, pusling, homecare, tidak_dicatat,
                 di_luar_gedung, tempat_tercatat
    ) p
    JOIN lokasi_wilayah w ON w.id_lokasi = p.id_lokasi
    UNION ALL
    SELECT tingkat, kode_wilayah, klaster, min(bulan),
           min(CASE WHEN tempat = 'DALAM_GEDUNG' THEN bulan END),
           min(CASE WHEN tempat = 'LUAR_GEDUNG' THEN bulan END),
           min(CASE WHEN tempat = 'POSYANDU' THEN bulan END),
           min(CASE WHEN tempat = 'PUSLING' THEN bulan END),
           min(CASE WHEN tempat = 'HOMECARE' THEN bulan END),
           min(CASE WHEN tempat = 'TIDAK_DICATAT' THEN bulan END),
           min(CASE WHEN tempat IN ('LUAR_GEDUNG', 'POSYANDU', 'PUSLING', 'HOMECARE') THEN bulan END),
           min(CASE WHEN tempat <> 'TIDAK_DICATAT' THEN bulan END),
           1
    FROM kunjungan_lain
    GROUP BY tingkat, kode_wilayah, klaster, id_orang
),
pola AS (
    SELECT tingkat, kode_wilayah, klaster, dilayani, dalam_gedung, luar_gedung, posyandu, pusling, homecare, tidak_dicatat,
           di_luar_gedung, tempat_tercatat, sum(orang) AS orang
    FROM pola_tempat
    GROUP BY tingkat, kode_wilayah, klaster, dilayani, dalam_gedung, luar_gedung, posyandu, pusling, homecare, tidak_dicatat,
             di_luar_gedung, tempat_tercatat
)
INSERT INTO mart_jangkauan (tahun, tingkat, klaster, kumulatif, bulan, kode_wilayah, dilayani, dalam_gedung, luar_gedung, posyandu,
                            pusling, homecare, tidak_dicatat, di_luar_gedung, tempat_tercatat)
SELECT $tahun, tingkat, klaster, 0, bulan, kode_wilayah, sum(orang), sum(dalam_gedung), sum(luar_gedung), sum(posyandu),
       sum(pusling), sum(homecare), sum(tidak_dicatat), sum(di_luar_gedung), sum(tempat_tercatat)
FROM per_bulan
GROUP BY tingkat, klaster, bulan, kode_wilayah
UNION ALL
SELECT $tahun, p.tingkat, p.klaster, 1, b.bulan, p.kode_wilayah,
       sum(p.orang),
       sum(CASE WHEN p.dalam_gedung <= b.bulan THEN p.orang ELSE 0 END),
       sum(CASE WHEN p.luar_gedung <= b.bulan THEN p.orang ELSE 0 END),
       sum(CASE WHEN p.posyandu <= b.bulan THEN p.orang ELSE 0 END),
       sum(CASE WHEN p.pusling <= b.bulan THEN p.orang ELSE 0 END),
       sum(CASE WHEN p.homecare <= b.bulan THEN p.orang ELSE 0 END),
       sum(CASE WHEN p.tidak_dicatat <= b.bulan THEN p.orang ELSE 0 END),
       sum(CASE WHEN p.di_luar_gedung <= b.bulan THEN p.orang ELSE 0 END),
       sum(CASE WHEN p.tempat_tercatat <= b.bulan THEN p.orang ELSE 0 END)
FROM pola p
JOIN bulan b ON p.dilayani <= b.bulan
GROUP BY p.tingkat, p.klaster, b.bulan, p.kode_wilayah;
