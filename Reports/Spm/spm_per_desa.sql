-- The SPM services per village, by the rule of spm_per_wilayah: a village's sasaran if it has one, everyone served,
-- and the people it still has to serve; for the villages whose codes lie from $dari to $sampai (every one, or a page).
SELECT kode_desa AS KodeWilayah, kode_indikator AS KodeSpm,
       CAST(CASE WHEN sasaran IS NULL THEN 0 ELSE 1 END AS BIGINT) AS DesaBersasaran, CAST(sasaran AS BIGINT) AS Sasaran,
       CAST(kumulatif AS BIGINT) AS Terlayani, CAST(kumulatif_agregat AS BIGINT) AS TerlayaniAgregat,
       CAST(CASE WHEN sasaran > kumulatif THEN sasaran - kumulatif ELSE 0 END AS BIGINT) AS Kekurangan
FROM mart_capaian
WHERE tahun = $tahun AND bulan = $bulan AND kode_indikator IN $kode_spm
  AND kode_desa BETWEEN $dari AND $sampai;
