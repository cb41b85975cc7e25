-- Outreach of one level's areas (mart_jangkauan, built with the other marts): each month to the one asked for, and
-- January to it together (Bulan NULL); every cluster apart when asked, else every service together (klaster 0).
SELECT kode_wilayah AS KodeWilayah, klaster AS Klaster, CASE WHEN kumulatif = 1 THEN NULL ELSE bulan END AS Bulan,
       dilayani AS Dilayani, dalam_gedung AS DalamGedung, luar_gedung AS LuarGedung, posyandu AS Posyandu, pusling AS Pusling,
       homecare AS Homecare, tidak_dicatat AS TidakDicatat, di_luar_gedung AS DiLuarGedung, tempat_tercatat AS TempatTercatat
FROM mart_jangkauan
WHERE tahun = $tahun AND tingkat = $tingkat AND ($per_klaster = 1 OR klaster = 0)
  AND ((kumulatif = 1 AND bulan = $sampai_bulan) OR (kumulatif = 0 AND bulan <= $sampai_bulan));
