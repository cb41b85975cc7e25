-- Patients and observations as last received (the latest staged row per key wins), then every affected
-- patient's screenings rebuilt from all their stored observations: one per patient and day at the
-- puskesmas, because one day's measurements may arrive across several files or pulls.
INSERT INTO dbo.stg_fhir_terdampak (kode_puskesmas, id_pasien)
SELECT kode_puskesmas, id_pasien FROM dbo.stg_fhir_pasien
UNION
SELECT kode_puskesmas, id_pasien FROM dbo.stg_fhir_observasi
UNION
SELECT o.kode_puskesmas, o.id_pasien
FROM dbo.fhir_observasi o
JOIN dbo.stg_fhir_observasi_batal b ON b.kode_puskesmas = o.kode_puskesmas AND b.id_observasi = o.id_observasi
UNION
-- An observation re-sent for another patient leaves its old patient's screening to rebuild too.
SELECT o.kode_puskesmas, o.id_pasien
FROM dbo.fhir_observasi o
JOIN dbo.stg_fhir_observasi s ON s.kode_puskesmas = o.kode_puskesmas AND s.id_observasi = o.id_observasi;

-- A rebuilt screening is the same as before unless its patient changed or an observation of its day did: only the
-- years of those are marked, so a patient sent again with next year's readings leaves last year's marts alone.
INSERT INTO dbo.mart_tertunda (tahun)
SELECT DISTINCT y.tahun
FROM (
    SELECT YEAR(o.tanggal) AS tahun
    FROM dbo.fhir_observasi o
    JOIN (SELECT * FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY kode_puskesmas, id_pasien ORDER BY urutan DESC) AS terbaru
                         FROM dbo.stg_fhir_pasien) AS r
          WHERE terbaru = 1) AS s
      ON s.kode_puskesmas = o.kode_puskesmas AND s.id_pasien = o.id_pasien
    LEFT JOIN dbo.fhir_pasien p ON p.kode_puskesmas = s.kode_puskesmas AND p.id_pasien = s.id_pasien
    WHERE p.id_pasien IS NULL
       OR EXISTS (SELECT s.id_orang, s.jenis_kelamin, s.tanggal_lahir, s.kode_desa, s.luar_wilayah
                  EXCEPT SELECT p.id_orang, p.jenis_kelamin, p.tanggal_lahir, p.kode_desa, p.luar_wilayah)
    UNION
    SELECT YEAR(o.tanggal)
    FROM dbo.fhir_observasi o
    WHERE EXISTS (SELECT 1 FROM dbo.stg_fhir_observasi s WHERE s.kode_puskesmas = o.kode_puskesmas AND s.id_observasi = o.id_observasi)
       OR EXISTS (SELECT 1 FROM dbo.stg_fhir_observasi_batal b WHERE b.kode_puskesmas = o.kode_puskesmas AND b.id_observasi = o.id_observasi)
    UNION
    SELECT YEAR(tanggal) FROM dbo.stg_fhir_observasi
) AS y
WHERE NOT EXISTS (SELECT 1 FROM dbo.mart_tertunda m WHERE m.tahun = y.tahun);

DELETE p
FROM dbo.fhir_pasien p
WHERE EXISTS (SELECT 1 FROM dbo.stg_fhir_pasien s WHERE s.kode_puskesmas = p.kode_puskesmas AND s.id_pasien = p.id_pasien);

INSERT INTO dbo.fhir_pasien (kode_puskesmas, id_pasien, id_orang, jenis_kelamin, tanggal_lahir, kode_desa, luar_wilayah, sumber)
SELECT kode_puskesmas, id_pasien, id_orang, jenis_kelamin, tanggal_lahir, kode_desa, luar_wilayah, sumber
FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY kode_puskesmas, id_pasien ORDER BY urutan DESC) AS terbaru FROM dbo.stg_fhir_pasien) AS s
WHERE terbaru = 1;

DELETE o
FROM dbo.fhir_observasi o
WHERE EXISTS (SELECT 1 FROM dbo.stg_fhir_observasi s WHERE s.kode_puskesmas = o.kode_puskesmas AND s.id_observasi = o.id_observasi)
   OR EXISTS (SELECT 1 FROM dbo.stg_fhir_observasi_batal b WHERE b.kode_puskesmas = o.kode_puskesmas AND b.id_observasi = o.id_observasi);

INSERT INTO dbo.fhir_observasi (kode_puskesmas, id_observasi, ukuran, id_pasien, tanggal, nilai, sumber)
SELECT kode_puskesmas, id_observasi, ukuran, id_pasien, tanggal, nilai, sumber
FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY kode_puskesmas, id_observasi, ukuran ORDER BY urutan DESC) AS terbaru FROM dbo.stg_fhir_observasi) AS s
WHERE terbaru = 1;

-- A FHIR screening's id is 'FHIR/' + id_pasien + '/' + its day (ten characters): the patient is cut out of it, so
-- the delete is a join on equal keys rather than every screening of the puskesmas tried against every patient.
DELETE s
FROM dbo.skrining s
WHERE s.id_skrining LIKE 'FHIR/%'
  AND EXISTS (SELECT 1 FROM dbo.stg_fhir_terdampak t
              WHERE t.kode_puskesmas = s.kode_puskesmas
                AND t.id_pasien = CASE WHEN LEN(s.id_skrining) > 16
                                       THEN SUBSTRING(s.id_skrining, 6, LEN(s.id_skrining) - 16) END);

INSERT INTO dbo.skrining (kode_puskesmas, id_skrining, tanggal, id_orang, jenis_kelamin, tanggal_lahir, kode_desa, luar_wilayah,
                          sistolik, diastolik, gula_darah_sewaktu, kolesterol_total, skrining_tb, skrining_kusta, kegiatan,
                          dirujuk, sumber, id_run)
SELECT p.kode_puskesmas, 'FHIR/' + p.id_pasien + '/' + CONVERT(CHAR(10), o.tanggal, 23), o.tanggal, p.id_orang,
       p.jenis_kelamin, p.tanggal_lahir, p.kode_desa, p.luar_wilayah,
       MAX(CASE WHEN o.ukuran = 'SISTOLIK' THEN o.nilai END),
       MAX(CASE WHEN o.ukuran = 'DIASTOLIK' THEN o.nilai END),
       MAX(CASE WHEN o.ukuran = 'GULADARAHSEWAKTU' THEN o.nilai END),
       MAX(CASE WHEN o.ukuran = 'KOLESTEROLTOTAL' THEN o.nilai END),
       NULL, NULL, NULL, NULL, MAX(o.sumber), @id_run
FROM dbo.fhir_observasi o
JOIN dbo.fhir_pasien p ON p.kode_puskesmas = o.kode_puskesmas AND p.id_pasien = o.id_pasien
JOIN (SELECT DISTINCT kode_puskesmas, id_pasien FROM dbo.stg_fhir_terdampak) t
  ON t.kode_puskesmas = p.kode_puskesmas AND t.id_pasien = p.id_pasien
WHERE o.tanggal >= p.tanggal_lahir
GROUP BY p.kode_puskesmas, p.id_pasien, o.tanggal, p.id_orang, p.jenis_kelamin, p.tanggal_lahir, p.kode_desa, p.luar_wilayah;
