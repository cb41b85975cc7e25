-- The SPM services summed per area of a level whose code is a prefix of the village code (desa, kecamatan,
-- kabupaten/kota, province): sasaran over the villages that have one, every person served, and the people
-- still to serve village by village (one village's surplus does not serve another's residents). Only the areas whose
-- codes lie from $dari to $sampai (every one, or a page of them).
SELECT substring(kode_desa, 1, $panjang_kode) AS KodeWilayah, kode_indikator AS KodeSpm,
       CAST(count(sasaran) AS BIGINT) AS DesaBersasaran, CAST(sum(sasaran) AS BIGINT) AS Sasaran,
       CAST(sum(kumulatif) AS BIGINT) AS Terlayani, CAST(sum(kumulatif_agregat) AS BIGINT) AS TerlayaniAgregat,
       CAST(sum(CASE WHEN sasaran > kumulatif THEN sasaran - kumulatif ELSE 0 END) AS BIGINT) AS Kekurangan
FROM mart_capaian
WHERE tahun = $tahun AND bulan = $bulan AND kode_indikator IN $kode_spm
  AND substring(kode_desa, 1, $panjang_kode) BETWEEN $dari AND $sampai
GROUP BY substring(kode_desa, 1, $panjang_kode), kode_indikator;
