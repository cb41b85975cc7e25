DELETE FROM karantina WHERE sumber IN (SELECT sumber FROM stg_berkas);

INSERT INTO karantina (sumber, baris, kolom, alasan, isi, id_run)
SELECT sumber, baris, kolom, alasan, isi, $id_run FROM stg_karantina;
