-- bulan_ini of every month of $tahun for every village of the area with a mart row, a village per row and a month per
-- column (0 where the mart has none): the pace a projection follows, kept per indicator and year until the next run.
SELECT m.kode_desa AS KodeDesa,
       coalesce(max(CASE WHEN m.bulan = 1 THEN m.bulan_ini END), 0) AS B1,
       coalesce(max(CASE WHEN m.bulan = 2 THEN m.bulan_ini END), 0) AS B2,
       coalesce(max(CASE WHEN m.bulan = 3 THEN m.bulan_ini END), 0) AS B3,
       coalesce(max(CASE WHEN m.bulan = 4 THEN m.bulan_ini END), 0) AS B4,
       coalesce(max(CASE WHEN m.bulan = 5 THEN m.bulan_ini END), 0) AS B5,
       coalesce(max(CASE WHEN m.bulan = 6 THEN m.bulan_ini END), 0) AS B6,
       coalesce(max(CASE WHEN m.bulan = 7 THEN m.bulan_ini END), 0) AS B7,
       coalesce(max(CASE WHEN m.bulan = 8 THEN m.bulan_ini END), 0) AS B8,
       coalesce(max(CASE WHEN m.bulan = 9 THEN m.bulan_ini END), 0) AS B9,
       coalesce(max(CASE WHEN m.bulan = 10 THEN m.bulan_ini END), 0) AS B10,
       coalesce(max(CASE WHEN m.bulan = 11 THEN m.bulan_ini END), 0) AS B11,
       coalesce(max(CASE WHEN m.bulan = 12 THEN m.bulan_ini END), 0) AS B12
FROM mart_capaian m
WHERE m.kode_indikator = $indikator AND m.tahun = $tahun AND m.kode_desa LIKE $kabupaten_prefix
GROUP BY m.kode_desa;
