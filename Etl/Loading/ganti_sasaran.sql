-- The staged sasaran figures replace those with the same year, village and kind; the others stay.
DELETE FROM sasaran
WHERE EXISTS (SELECT 1 FROM stg_sasaran s
              WHERE s.tahun = sasaran.tahun AND s.kode_desa = sasaran.kode_desa AND s.jenis_sasaran = sasaran.jenis_sasaran);
INSERT INTO sasaran (tahun, kode_desa, jenis_sasaran, jumlah)
SELECT tahun, kode_desa, jenis_sasaran, jumlah FROM stg_sasaran;
DELETE FROM stg_sasaran;
