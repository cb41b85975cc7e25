-- Patients and observations as last received (the latest staged row per key wins), then every affected
-- patient's screenings rebuilt from all their stored observations: one per patient and day at the
-- puskesmas, because one day's measurements may arrive across several files or pulls.
INSERT INTO stg_fhir_terdampak
SELECT kode_puskesmas, id_pasien FROM stg_fhir_pasien
UNION
SELECT kode_puskesmas, id_pasien FROM stg_fhir_observasi
UNION
SELECT o.kode_puskesmas, o.id_pasien
FROM fhir_observasi o
JOIN stg_fhir_observasi_batal b ON b.kode_puskesmas = o.kode_puskesmas AND b.id_observasi = o.id_observasi
UNION
-- An observation re-sent for another patient leaves its old patient's screening to rebuild too.
SELECT o.kode_puskesmas, o.id_pasien
FROM fhir_observasi o
JOIN stg_fhir_observasi s ON s.kode_puskesmas = o.kode_puskesmas AND s.id_observasi = o.id_observasi;

-- A rebuilt screening is the same as before unless its patient changed or an observation of its day did: only the
-- years of those are marked, so a patient sent again with next year's readings leaves last year's marts alone.
INSERT OR IGNORE INTO mart_tertunda (tahun)
SELECT DISTINCT CAST(year(o.tanggal) AS INTEGER)
FROM fhir_observasi o
JOIN (SELECT * FROM (SELECT *, row_number() OVER (PARTITION BY kode_puskesmas, id_pasien ORDER BY urutan DESC) AS terbaru
                     FROM stg_fhir_pasien) AS r
      WHERE terbaru = 1) AS s
  ON s.kode_puskesmas = o.kode_puskesmas AND s.id_pasien = o.id_pasien
LEFT JOIN fhir_pasien p ON p.kode_puskesmas = s.kode_puskesmas AND p.id_pasien = s.id_pasien
WHERE p.id_pasien IS NULL
   OR p.id_orang IS DISTINCT FROM s.id_orang OR p.jenis_kelamin IS DISTINCT FROM s.jenis_kelamin
   OR p.tanggal_lahir IS DISTINCT FROM s.tanggal_lahir OR p.kode_desa IS DISTINCT FROM s.kode_desa
   OR p.luar_wilayah IS DISTINCT FROM s.luar_wilayah;

INSERT OR IGNORE INTO mart_tertunda (tahun)
SELECT DISTINCT CAST(year(o.tanggal) AS INTEGER)
FROM fhir_observasi o
WHERE EXISTS (SELECT 1 FROM stg_fhir_observasi s WHERE s.kode_puskesmas = o.kode_puskesmas AND s.id_observasi = o.id_observasi)
   OR EXISTS (SELECT 1 FROM stg_fhir_observasi_batal b WHERE b.kode_puskesmas = o.kode_puskesmas AND b.id_observasi = o.id_observasi);

INSERT OR IGNORE INTO mart_tertunda (tahun)
SELECT DISTINCT CAST(year(tanggal) AS INTEGER) FROM stg_fhir_observasi;

DELETE FROM fhir_pasien
WHERE EXISTS (SELECT 1 FROM stg_fhir_pasien s WHERE s.kode_puskesmas = fhir_pasien.kode_puskesmas AND s.id_pasien = fhir_pasien.id_pasien);

INSERT INTO fhir_pasien (kode_puskesmas, id_pasien, id_orang, jenis_kelamin, tanggal_lahir, kode_desa, luar_wilayah, sumber)
SELECT kode_puskesmas, id_pasien, id_orang, jenis_kelamin, tanggal_lahir, kode_desa, luar_wilayah, sumber
FROM (SELECT *, row_number() OVER (PARTITION BY kode_puskesmas, id_pasien ORDER BY urutan DESC) AS terbaru FROM stg_fhir_pasien) AS s
WHERE terbaru = 1;

DELETE FROM fhir_observasi
WHERE EXISTS (SELECT 1 FROM stg_fhir_observasi s WHERE s.kode_puskesmas = fhir_observasi.kode_puskesmas AND s.id_observasi = fhir_observasi.id_observasi)
   OR EXISTS (SELECT 1 FROM stg_fhir_observasi_batal b WHERE b.kode_puskesmas = fhir_observasi.kode_puskesmas AND b.id_observasi = fhir_observasi.id_observasi);

INSERT INTO fhir_observasi (kode_puskesmas, id_observasi, ukuran, id_pasien, tanggal, nilai, sumber)
SELECT kode_puskesmas, id_observasi, ukuran, id_pasien, tanggal, nilai, sumber
FROM (SELECT *, row_number() OVER (PARTITION BY kode_puskesmas, id_observasi, ukuran ORDER BY urutan DESC) AS terbaru FROM stg_fhir_observasi) AS s
WHERE terbaru = 1;

-- A FHIR screening's id is 'FHIR/' || id_pasien || '/' || its day (ten characters): the patient is cut out of it, so
-- the delete is a join on equal keys rather than every screening of the puskesmas tried against every patient.
DELETE FROM skrining
WHERE starts_with(id_skrining, 'FHIR/')
  AND EXISTS (SELECT 1 FROM stg_fhir_terdampak t
              WHERE t.kode_puskesmas = skrining.kode_puskesmas
                AND t.id_pasien = CASE WHEN length(skrining.id_skrining) > 16
                                       THEN substr(skrining.id_skrining, 6, length(skrining.id_skrining) - 16) END);

INSERT INTO skrining (kode_puskesmas, id_skrining, tanggal, id_orang, jenis_kelamin, tanggal_lahir, kode_desa, luar_wilayah,
                      sistolik, diastolik, gula_darah_sewaktu, kolesterol_total, skrining_tb, skrining_kusta, kegiatan,
                      dirujuk, sumber, id_run)
SELECT p.kode_puskesmas, 'FHIR/' || p.id_pasien || '/' || strftime(o.tanggal, '%Y-%m-%d'), o.tanggal, p.id_orang,
       p.jenis_kelamin, p.tanggal_lahir, p.kode_desa, p.luar_wilayah,
       max(CASE WHEN o.ukuran = 'SISTOLIK' THEN o.nilai END),
       max(CASE WHEN o.ukuran = 'DIASTOLIK' THEN o.nilai END),
       max(CASE WHEN o.ukuran = 'GULADARAHSEWAKTU' THEN o.nilai END),
       max(CASE WHEN o.ukuran = 'KOLESTEROLTOTAL' THEN o.nilai END),
       NULL, NULL, NULL, NULL, max(o.sumber), $id_run
FROM fhir_observasi o
JOIN fhir_pasien p ON p.kode_puskesmas = o.kode_puskesmas AND p.id_pasien = o.id_pasien
JOIN (SELECT DISTINCT kode_puskesmas, id_pasien FROM stg_fhir_terdampak) t
  ON t.kode_puskesmas = p.kode_puskesmas AND t.id_pasien = p.id_pasien
WHERE o.tanggal >= p.tanggal_lahir
GROUP BY p.kode_puskesmas, p.id_pasien, o.tanggal, p.id_orang, p.jenis_kelamin, p.tanggal_lahir, p.kode_desa, p.luar_wilayah;
