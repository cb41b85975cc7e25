-- The latest month in which anyone was served: the natural month to open a PWS on.
SELECT max(tahun * 100 + bulan) FROM mart_capaian WHERE bulan_ini > 0;
