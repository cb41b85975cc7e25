DELETE FROM karantina WHERE sumber IN (SELECT sumber FROM stg_berkas);

INSERT INTO karantina (sumber, baris, kolom, alasan, isi, id_run)
SELECT sumber, baris, kolom, alasan, isi, $id_run FROM stg_karantina;

DELETE FROM karantina_pemetaan WHERE sumber IN (SELECT sumber FROM stg_berkas);

INSERT INTO karantina_pemetaan (sumber, baris, kode_puskesmas, jenis, kolom, nilai, id_run)
SELECT sumber, baris, kode_puskesmas, jenis, kolom, nilai, $id_run FROM stg_karantina_pemetaan;
