-- Outreach of $tahun for the areas of one level ($tingkat): the puskesmas that served ($per_puskesmas = 1) or the
-- first $panjang_kode characters of the person's village code (desa, kecamatan, kabupaten/kota, province). A person
-- counts once per area, cluster and period however often they came, and once in each setting where they were served;
-- a service belongs to the lowest cluster of the indicators it counts for, and klaster 0 is every service together.
-- Each month alone (kumulatif = 0), and January to each month (kumulatif = 1): a person counts from the first month
-- they were served, in a setting from the first month they were served there.
WITH layanan_klaster AS (
    SELECT il.layanan, min(i.klaster) AS klaster
    FROM indikator_layanan il
    JOIN indikator i ON i.kode_indikator = il.kode_indikator
    GROUP BY il.layanan
),
kunjungan_klaster AS (
    SELECT CASE WHEN $per_puskesmas = 1 THEN k.kode_puskesmas ELSE substring(k.kode_desa, 1, $panjang_kode) END AS kode_wilayah,
           lk.klaster, month(k.tanggal) AS bulan, k.id_orang, coalesce(nullif(k.tempat, ''), 'TIDAK_DICATAT') AS tempat
    FROM kunjungan k
    JOIN layanan_klaster lk ON lk.layanan = k.layanan
    WHERE k.tanggal BETWEEN $awal AND $akhir
),
-- Every visit once in its cluster and once among every service (GROUPING SETS would say it too, at three times the cost).
kunjungan_tahun AS (
    SELECT kode_wilayah, klaster, bulan, id_orang, tempat FROM kunjungan_klaster
    UNION ALL
    SELECT kode_wilayah, 0, bulan, id_orang, tempat FROM kunjungan_klaster
),
orang_bulan AS (
    SELECT kode_wilayah, klaster, bulan, id_orang,
           max(CASE WHEN tempat = 'DALAM_GEDUNG' THEN 1 ELSE 0 END) AS dalam_gedung,
           max(CASE WHEN tempat = 'LUAR_GEDUNG' THEN 1 ELSE 0 END) AS luar_gedung,
           max(CASE WHEN tempat = 'POSYANDU' THEN 1 ELSE 0 END) AS posyandu,
           max(CASE WHEN tempat = 'PUSLING' THEN 1 ELSE 0 END) AS pusling,
           max(CASE WHEN tempat = 'HOMECARE' THEN 1 ELSE 0 END) AS homecare,
           max(CASE WHEN tempat = 'TIDAK_DICATAT' THEN 1 ELSE 0 END) AS tidak_dicatat,
           max(CASE WHEN tempat IN ('LUAR_GEDUNG', 'POSYANDU', 'PUSLING', 'HOMECARE') THEN 1 ELSE 0 END) AS di_luar_gedung,
           max(CASE WHEN tempat <> 'TIDAK_DICATAT' THEN 1 ELSE 0 END) AS tempat_tercatat
    FROM kunjungan_tahun
    GROUP BY kode_wilayah, klaster, bulan, id_orang
),
orang_tahun AS (
    SELECT kode_wilayah, klaster, id_orang, min(bulan) AS dilayani,
           min(CASE WHEN dalam_gedung = 1 THEN bulan END) AS dalam_gedung,
           min(CASE WHEN luar_gedung = 1 THEN bulan END) AS luar_gedung,
           min(CASE WHEN posyandu = 1 THEN bulan END) AS posyandu,
           min(CASE WHEN pusling = 1 THEN bulan END) AS pusling,
           min(CASE WHEN homecare = 1 THEN bulan END) AS homecare,
           min(CASE WHEN tidak_dicatat = 1 THEN bulan END) AS tidak_dicatat,
           min(CASE WHEN di_luar_gedung = 1 THEN bulan END) AS di_luar_gedung,
           min(CASE WHEN tempat_tercatat = 1 THEN bulan END) AS tempat_tercatat
    FROM orang_bulan
    GROUP BY kode_wilayah, klaster, id_orang
),
-- People with the same first months counted together, so that each month's running total reads a few rows per area.
pola AS (
    SELECT kode_wilayah, klaster, dilayani, dalam_gedung, luar_gedung, posyandu, pusling, homecare, tidak_dicatat,
           di_luar_gedung, tempat_tercatat, count(*) AS orang
    FROM orang_tahun
    GROUP BY kode_wilayah, klaster, dilayani, dalam_gedung, luar_gedung, posyandu, pusling, homecare, tidak_dicatat,
             di_luar_gedung, tempat_tercatat
)
INSERT INTO mart_jangkauan (tahun, tingkat, klaster, kumulatif, bulan, kode_wilayah, dilayani, dalam_gedung, luar_gedung, posyandu,
                            pusling, homecare, tidak_dicatat, di_luar_gedung, tempat_tercatat)
SELECT $tahun, $tingkat, klaster, 0, bulan, kode_wilayah, count(*), sum(dalam_gedung), sum(luar_gedung), sum(posyandu),
       sum(pusling), sum(homecare), sum(tidak_dicatat), sum(di_luar_gedung), sum(tempat_tercatat)
FROM orang_bulan
GROUP BY klaster, bulan, kode_wilayah
UNION ALL
SELECT $tahun, $tingkat, p.klaster, 1, b.bulan, p.kode_wilayah,
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
GROUP BY p.klaster, b.bulan, p.kode_wilayah;
