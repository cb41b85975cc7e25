-- Outreach of $tahun at every level in one pass: the puskesmas that served (PUSKESMAS) or the first characters of
-- the person's village code (DESA, KECAMATAN, KABUPATEN, and PROVINSI for a province's warehouse, $provinsi = 1).
-- A person counts once per area, cluster and period however often they came, and once in each setting where they
-- were served; a service belongs to the lowest cluster of the indicators it counts for, and klaster 0 is every
-- service together. Each month alone (kumulatif = 0), and January to each month (kumulatif = 1): a person counts
-- from the first month they were served, in a setting from the first month they were served there.
-- Almost everyone is served in one place (one village, one puskesmas): such a person is one area at every level, so
-- they are counted per place first and the places summed per area; only people served in more than one place are
-- counted again per area from their visits. People, places, areas are numbered, so that the groupings run on numbers,
-- not on codes and pseudonyms (comparing them as text took most of the time, and most of the memory).
-- Clusters, months and settings are TINYINT and places INTEGER, not the BIGINT that month() and row_number() give:
-- the two groupings hold a row per person and month (7.7 M a kabupaten year), then per person (5.5 M), and under the
-- import's 1 GB ceiling their width decided their time (the statement 17.3 -> 12.5 s, the same rows).
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
-- The places (village and puskesmas) visits of the year came from, numbered.
lokasi AS MATERIALIZED (
    SELECT kode_desa, kode_puskesmas, CAST(row_number() OVER (ORDER BY kode_desa, kode_puskesmas) AS INTEGER) AS id_lokasi
    FROM (
        SELECT DISTINCT k.kode_desa, k.kode_puskesmas
        FROM kunjungan k
        JOIN layanan_klaster lk ON lk.layanan = k.layanan
        WHERE k.tanggal BETWEEN $awal AND $akhir
    ) l
),
-- The year's visits as numbers, written out once for every reader below: computing each person's number and the
-- place's again per reader took a quarter of the statement (12.0 -> 9.9 s a kabupaten year under a 1 GB ceiling).
-- Settings: 1 in the building, 2 to 5 outside it, 6 not recorded, 0 any other recorded setting.
kunjungan_klaster AS MATERIALIZED (
    SELECT nomor_orang(k.id_orang) AS id_orang, CAST(lk.klaster AS TINYINT) AS klaster, CAST(month(k.tanggal) AS TINYINT) AS bulan,
           l.id_lokasi,
           CAST(CASE coalesce(nullif(k.tempat, ''), 'TIDAK_DICATAT')
               WHEN 'DALAM_GEDUNG' THEN 1 WHEN 'LUAR_GEDUNG' THEN 2 WHEN 'POSYANDU' THEN 3 WHEN 'PUSLING' THEN 4
               WHEN 'HOMECARE' THEN 5 WHEN 'TIDAK_DICATAT' THEN 6 ELSE 0 END AS TINYINT) AS tempat
    FROM kunjungan k
    JOIN layanan_klaster lk ON lk.layanan = k.layanan
    JOIN lokasi l ON l.kode_desa = k.kode_desa AND l.kode_puskesmas = k.kode_puskesmas
    WHERE k.tanggal BETWEEN $awal AND $akhir
),
-- Every area of every level visits came from, numbered, and the area of each place at each level.
lokasi_kode AS (
    SELECT l.id_lokasi, t.tingkat,
           CASE WHEN t.per_puskesmas = 1 THEN l.kode_puskesmas ELSE substring(l.kode_desa, 1, t.panjang_kode) END AS kode_wilayah
    FROM lokasi l
    CROSS JOIN tingkat t
),
wilayah_tingkat AS MATERIALIZED (
    SELECT tingkat, kode_wilayah, row_number() OVER (ORDER BY tingkat, kode_wilayah) AS id_wilayah
    FROM (SELECT DISTINCT tingkat, kode_wilayah FROM lokasi_kode) w
),
lokasi_wilayah AS MATERIALIZED (
    SELECT l.id_lokasi, w.id_wilayah
    FROM lokasi_kode l
    JOIN wilayah_tingkat w ON w.tingkat = l.tingkat AND w.kode_wilayah = l.kode_wilayah
),
kunjungan_tahun AS NOT MATERIALIZED (
    SELECT id_orang, klaster, bulan, id_lokasi, tempat
    FROM kunjungan_klaster
    UNION ALL
    SELECT id_orang, CAST(0 AS TINYINT), bulan, id_lokasi, tempat
    FROM kunjungan_klaster
),
-- Each person once per cluster and month, with where they were served and whether that was one place.
orang_bulan AS MATERIALIZED (
    SELECT id_orang, klaster, bulan, min(id_lokasi) AS id_lokasi,
           CASE WHEN min(id_lokasi) = max(id_lokasi) THEN 1 ELSE 0 END AS satu_tempat,
           max(CAST(CASE WHEN tempat = 1 THEN 1 ELSE 0 END AS TINYINT)) AS dalam_gedung,
           max(CAST(CASE WHEN tempat = 2 THEN 1 ELSE 0 END AS TINYINT)) AS luar_gedung,
           max(CAST(CASE WHEN tempat = 3 THEN 1 ELSE 0 END AS TINYINT)) AS posyandu,
           max(CAST(CASE WHEN tempat = 4 THEN 1 ELSE 0 END AS TINYINT)) AS pusling,
           max(CAST(CASE WHEN tempat = 5 THEN 1 ELSE 0 END AS TINYINT)) AS homecare,
           max(CAST(CASE WHEN tempat = 6 THEN 1 ELSE 0 END AS TINYINT)) AS tidak_dicatat,
           max(CAST(CASE WHEN tempat BETWEEN 2 AND 5 THEN 1 ELSE 0 END AS TINYINT)) AS di_luar_gedung,
           max(CAST(CASE WHEN tempat <> 6 THEN 1 ELSE 0 END AS TINYINT)) AS tempat_tercatat
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
-- People served in more than one place in the year, numbered, with their visits: they are counted per area from
-- these, grouped on numbers (a province's synthetic people, served all over it, ran out of a 1 GB ceiling grouped on
-- their pseudonyms and the areas' codes).
orang_lain AS MATERIALIZED (
    SELECT id_orang, klaster, row_number() OVER (ORDER BY id_orang, klaster) AS id_lain
    FROM orang_tahun
    WHERE satu_tempat = 0
),
kunjungan_lain AS MATERIALIZED (
    SELECT o.id_lain, v.klaster, v.bulan, v.id_lokasi, v.tempat
    FROM kunjungan_tahun v
    JOIN orang_lain o ON o.id_orang = v.id_orang AND o.klaster = v.klaster
),
-- The months in which such a person was served in more than one place (the other months count per place).
bulan_lain AS (
    SELECT id_lain, bulan
    FROM kunjungan_lain
    GROUP BY id_lain, bulan
    HAVING min(id_lokasi) <> max(id_lokasi)
),
-- People of each area and month: those served in one place that month counted per place, the others one by one.
per_bulan AS (
    SELECT w.id_wilayah, p.klaster, p.bulan, p.orang, p.dalam_gedung, p.luar_gedung, p.posyandu, p.pusling,
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
    SELECT w.id_wilayah, k.klaster, k.bulan, 1,
           max(CASE WHEN k.tempat = 1 THEN 1 ELSE 0 END),
           max(CASE WHEN k.tempat = 2 THEN 1 ELSE 0 END),
           max(CASE WHEN k.tempat = 3 THEN 1 ELSE 0 END),
           max(CASE WHEN k.tempat = 4 THEN 1 ELSE 0 END),
           max(CASE WHEN k.tempat = 5 THEN 1 ELSE 0 END),
           max(CASE WHEN k.tempat = 6 THEN 1 ELSE 0 END),
           max(CASE WHEN k.tempat BETWEEN 2 AND 5 THEN 1 ELSE 0 END),
           max(CASE WHEN k.tempat <> 6 THEN 1 ELSE 0 END)
    FROM kunjungan_lain k
    JOIN bulan_lain b ON b.id_lain = k.id_lain AND b.bulan = k.bulan
    JOIN lokasi_wilayah w ON w.id_lokasi = k.id_lokasi
    GROUP BY w.id_wilayah, k.klaster, k.bulan, k.id_lain
),
-- When each person was first served in each area, per setting (jenis 1 served at all, 2 to 9 the settings as above),
-- people with the same first month counted together: a month's running total then reads a few rows per area. Those
-- served in one place in the year are counted per place, the others one by one. One row per setting, not one column:
-- grouped on all nine first months at once, a province's synthetic people ran out of a 1 GB ceiling.
pertama_orang AS (
    SELECT o.id_lokasi, NULL AS id_wilayah, o.klaster, o.dilayani, o.dalam_gedung, o.luar_gedung, o.posyandu, o.pusling,
           o.homecare, o.tidak_dicatat, o.di_luar_gedung, o.tempat_tercatat
    FROM orang_tahun o
    WHERE o.satu_tempat = 1
    UNION ALL
    SELECT NULL, w.id_wilayah, k.klaster, min(k.bulan),
           min(CASE WHEN k.tempat = 1 THEN k.bulan END),
           min(CASE WHEN k.tempat = 2 THEN k.bulan END),
           min(CASE WHEN k.tempat = 3 THEN k.bulan END),
           min(CASE WHEN k.tempat = 4 THEN k.bulan END),
           min(CASE WHEN k.tempat = 5 THEN k.bulan END),
           min(CASE WHEN k.tempat = 6 THEN k.bulan END),
           min(CASE WHEN k.tempat BETWEEN 2 AND 5 THEN k.bulan END),
           min(CASE WHEN k.tempat <> 6 THEN k.bulan END)
    FROM kunjungan_lain k
    JOIN lokasi_wilayah w ON w.id_lokasi = k.id_lokasi
    GROUP BY w.id_wilayah, k.klaster, k.id_lain
),
pertama_jenis AS (
    SELECT p.id_lokasi, p.id_wilayah, p.klaster, j.jenis,
           CASE j.jenis WHEN 1 THEN p.dilayani WHEN 2 THEN p.dalam_gedung WHEN 3 THEN p.luar_gedung WHEN 4 THEN p.posyandu
               WHEN 5 THEN p.pusling WHEN 6 THEN p.homecare WHEN 7 THEN p.tidak_dicatat WHEN 8 THEN p.di_luar_gedung
               ELSE p.tempat_tercatat END AS bulan_pertama
    FROM pertama_orang p
    CROSS JOIN (VALUES (1), (2), (3), (4), (5), (6), (7), (8), (9)) AS j(jenis)
),
pertama_tempat AS (
    SELECT id_lokasi, id_wilayah, klaster, jenis, bulan_pertama, count(*) AS orang
    FROM pertama_jenis
    WHERE bulan_pertama IS NOT NULL
    GROUP BY id_lokasi, id_wilayah, klaster, jenis, bulan_pertama
),
-- People first served in each area and month, every setting in one row: each running total joins these to the months
-- after them (joined one row per setting, a tenth of the province made 16 M rows to sum, a third of the statement).
pertama AS (
    SELECT coalesce(p.id_wilayah, w.id_wilayah) AS id_wilayah, p.klaster, p.bulan_pertama AS bulan,
           sum(CASE WHEN p.jenis = 1 THEN p.orang ELSE 0 END) AS dilayani,
           sum(CASE WHEN p.jenis = 2 THEN p.orang ELSE 0 END) AS dalam_gedung,
           sum(CASE WHEN p.jenis = 3 THEN p.orang ELSE 0 END) AS luar_gedung,
           sum(CASE WHEN p.jenis = 4 THEN p.orang ELSE 0 END) AS posyandu,
           sum(CASE WHEN p.jenis = 5 THEN p.orang ELSE 0 END) AS pusling,
           sum(CASE WHEN p.jenis = 6 THEN p.orang ELSE 0 END) AS homecare,
           sum(CASE WHEN p.jenis = 7 THEN p.orang ELSE 0 END) AS tidak_dicatat,
           sum(CASE WHEN p.jenis = 8 THEN p.orang ELSE 0 END) AS di_luar_gedung,
           sum(CASE WHEN p.jenis = 9 THEN p.orang ELSE 0 END) AS tempat_tercatat
    FROM pertama_tempat p
    LEFT JOIN lokasi_wilayah w ON w.id_lokasi = p.id_lokasi
    GROUP BY coalesce(p.id_wilayah, w.id_wilayah), p.klaster, p.bulan_pertama
),
jangkauan AS (
    SELECT id_wilayah, klaster, 0 AS kumulatif, bulan, sum(orang) AS dilayani, sum(dalam_gedung) AS dalam_gedung,
           sum(luar_gedung) AS luar_gedung, sum(posyandu) AS posyandu, sum(pusling) AS pusling, sum(homecare) AS homecare,
           sum(tidak_dicatat) AS tidak_dicatat, sum(di_luar_gedung) AS di_luar_gedung, sum(tempat_tercatat) AS tempat_tercatat
    FROM per_bulan
    GROUP BY id_wilayah, klaster, bulan
    UNION ALL
    SELECT p.id_wilayah, p.klaster, 1, b.bulan, sum(p.dilayani), sum(p.dalam_gedung), sum(p.luar_gedung), sum(p.posyandu),
           sum(p.pusling), sum(p.homecare), sum(p.tidak_dicatat), sum(p.di_luar_gedung), sum(p.tempat_tercatat)
    FROM pertama p
    JOIN bulan b ON p.bulan <= b.bulan
    GROUP BY p.id_wilayah, p.klaster, b.bulan
)
INSERT INTO mart_jangkauan (tahun, tingkat, klaster, kumulatif, bulan, kode_wilayah, dilayani, dalam_gedung, luar_gedung, posyandu,
                            pusling, homecare, tidak_dicatat, di_luar_gedung, tempat_tercatat)
SELECT $tahun, w.tingkat, j.klaster, j.kumulatif, j.bulan, w.kode_wilayah, j.dilayani, j.dalam_gedung, j.luar_gedung, j.posyandu,
       j.pusling, j.homecare, j.tidak_dicatat, j.di_luar_gedung, j.tempat_tercatat
FROM jangkauan j
JOIN wilayah_tingkat w ON w.id_wilayah = j.id_wilayah;
