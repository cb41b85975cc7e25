-- The files this run read, as they were: the next run skips them while they stay the same. A file with rows
-- in quarantine is marked with the day, so that it is read again the next day (a future date may be valid).
DELETE FROM berkas_dimuat WHERE sumber IN (SELECT sumber FROM stg_berkas WHERE sidik IS NOT NULL);

INSERT INTO berkas_dimuat (sumber, ukuran, sidik, id_run)
SELECT s.sumber, s.ukuran,
       CASE WHEN EXISTS (SELECT 1 FROM stg_karantina k WHERE k.sumber = s.sumber) THEN concat(s.sidik, ':', $hari) ELSE s.sidik END,
       $id_run
FROM stg_berkas s
WHERE s.sidik IS NOT NULL;
