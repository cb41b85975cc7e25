-- bulan_ini of January to the report's month for the villages read (codes $dari to $sampai): the pace a projection follows.
SELECT m.kode_desa AS KodeDesa, m.bulan AS Bulan, m.bulan_ini AS BulanIni
FROM mart_capaian m
WHERE m.kode_indikator = $indikator AND m.tahun = $tahun AND m.bulan <= $bulan AND m.kode_desa LIKE $kabupaten_prefix
  AND m.kode_desa BETWEEN $dari AND $sampai
  AND ($puskesmas IS NULL OR m.kode_desa IN (SELECT kode_desa FROM wilayah_kerja WHERE kode_puskesmas = $puskesmas));
