-- The village mart of $tahun summed per area of every level above the village: kecamatan, kabupaten/kota and, for a
-- province's warehouse ($provinsi = 1), the province by the first characters of the village code, and each puskesmas
-- over its wilayah kerja. Sasaran is summed over the villages that have one; the people still to serve are summed
-- village by village (one village's surplus does not serve another's residents).
WITH tingkat AS (
    SELECT t.tingkat, t.panjang_kode
    FROM (VALUES ('KECAMATAN', 8), ('KABUPATEN', 5), ('PROVINSI', 2)) AS t(tingkat, panjang_kode)
    WHERE t.tingkat <> 'PROVINSI' OR $provinsi = 1
),
desa_wilayah AS (
    SELECT t.tingkat, substring(m.kode_desa, 1, t.panjang_kode) AS kode_wilayah, m.kode_indikator, m.bulan, m.sasaran, m.kumulatif,
           m.kumulatif_agregat
    FROM mart_capaian m
    CROSS JOIN tingkat t
    WHERE m.tahun = $tahun
    UNION ALL
    SELECT 'PUSKESMAS', wk.kode_puskesmas, m.kode_indikator, m.bulan, m.sasaran, m.kumulatif, m.kumulatif_agregat
    FROM mart_capaian m
    JOIN wilayah_kerja wk ON wk.kode_desa = m.kode_desa
    WHERE m.tahun = $tahun
)
INSERT INTO mart_capaian_wilayah (tahun, tingkat, kode_indikator, bulan, kode_wilayah, desa_bersasaran, sasaran, kumulatif, kumulatif_agregat,
                                  kekurangan)
SELECT $tahun, tingkat, kode_indikator, bulan, kode_wilayah, count(sasaran), sum(sasaran), sum(kumulatif), sum(kumulatif_agregat),
       sum(CASE WHEN sasaran > kumulatif THEN sasaran - kumulatif ELSE 0 END)
FROM desa_wilayah
GROUP BY tingkat, kode_indikator, bulan, kode_wilayah
-- In the order pages read it: a level's indicator and month lie together.
ORDER BY tingkat, kode_indikator, bulan, kode_wilayah;
