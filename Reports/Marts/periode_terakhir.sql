-- The months in which anyone was served: the latest of all, the latest up to the running month ($bulan_berjalan),
-- and the latest that has ended.
SELECT max(tahun * 100 + bulan) AS Semua,
       max(CASE WHEN tahun * 100 + bulan <= $bulan_berjalan THEN tahun * 100 + bulan END) AS SampaiKini,
       max(CASE WHEN tahun * 100 + bulan < $bulan_berjalan THEN tahun * 100 + bulan END) AS Lengkap
FROM mart_capaian WHERE bulan_ini > 0;
