DELETE FROM dbo.karantina WHERE sumber IN (SELECT sumber FROM dbo.stg_berkas);

INSERT INTO dbo.karantina (sumber, baris, kolom, alasan, isi, id_run)
SELECT sumber, baris, kolom, alasan, isi, @id_run FROM dbo.stg_karantina;
