-- The latest month in which anyone was served: the natural month to open a PWS on.
SELECT MAX(tahun * 100 + bulan) FROM dbo.mart_capaian WHERE bulan_ini > 0;
