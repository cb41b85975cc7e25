-- The SPM services summed over each puskesmas' wilayah kerja, by the same rule as spm_per_wilayah, for the puskesmas whose
-- codes lie from $dari to $sampai (every one, or a page of them).
SELECT wk.kode_puskesmas AS KodeWilayah, m.kode_indikator AS KodeSpm,
       CAST(count(m.sasaran) AS BIGINT) AS DesaBersasaran, CAST(sum(m.sasaran) AS BIGINT) AS Sasaran,
       CAST(sum(m.kumulatif) AS BIGINT) AS Terlayani, CAST(sum(m.kumulatif_agregat) AS BIGINT) AS TerlayaniAgregat,
       CAST(sum(CASE WHEN m.sasaran > m.kumulatif THEN m.sasaran - m.kumulatif ELSE 0 END) AS BIGINT) AS Kekurangan
FROM mart_capaian m
JOIN wilayah_kerja wk ON wk.kode_desa = m.kode_desa
WHERE m.tahun = $tahun AND m.bulan = $bulan AND m.kode_indikator IN $kode_spm
  AND wk.kode_puskesmas BETWEEN $dari AND $sampai
GROUP BY wk.kode_puskesmas, m.kode_indikator;
