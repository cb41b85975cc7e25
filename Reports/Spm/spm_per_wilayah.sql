-- The SPM services per area of a level above the village, from the mart of village figures summed per area
-- (Etl/Marts/bangun_mart_capaian_wilayah.sql), for the areas whose codes lie from $dari to $sampai (every one, or a
-- page of them).
SELECT kode_wilayah AS KodeWilayah, kode_indikator AS KodeSpm, desa_bersasaran AS DesaBersasaran, sasaran AS Sasaran,
       kumulatif AS Terlayani, kumulatif_agregat AS TerlayaniAgregat, kekurangan AS Kekurangan
FROM mart_capaian_wilayah
WHERE tahun = $tahun AND tingkat = $tingkat AND bulan = $bulan AND kode_indikator IN $kode_spm
  AND kode_wilayah BETWEEN $dari AND $sampai;
