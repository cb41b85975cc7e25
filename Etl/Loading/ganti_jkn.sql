-- The staged JKN figures replace those of the same village and month; the others stay.
DELETE FROM jkn
WHERE EXISTS (SELECT 1 FROM stg_jkn s WHERE s.tahun = jkn.tahun AND s.bulan = jkn.bulan AND s.kode_desa = jkn.kode_desa);
INSERT INTO jkn (tahun, bulan, kode_desa, penduduk, peserta_jkn, peserta_aktif)
SELECT tahun, bulan, kode_desa, penduduk, peserta_jkn, peserta_aktif FROM stg_jkn;
DELETE FROM stg_jkn;
