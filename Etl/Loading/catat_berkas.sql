-- The files this run read, as they were: the next run skips them while they stay the same.
DELETE FROM berkas_dimuat WHERE sumber IN (SELECT sumber FROM stg_berkas WHERE sidik IS NOT NULL);

INSERT INTO berkas_dimuat (sumber, ukuran, sidik, id_run)
SELECT sumber, ukuran, sidik, $id_run FROM stg_berkas WHERE sidik IS NOT NULL;
