INSERT INTO jkn (tahun, bulan, kode_desa, penduduk, peserta_jkn, peserta_aktif)
VALUES ($tahun, $bulan, $kode_desa, $penduduk, $peserta_jkn, $peserta_aktif);
