SELECT TOP (1) id_run AS IdRun, sumber AS Sumber, mulai AS Mulai, selesai AS Selesai, status AS Status, berkas AS Berkas,
       baris_dibaca AS BarisDibaca, baris_dimuat AS BarisDimuat, baris_dikarantina AS BarisDikarantina, pesan_galat AS PesanGalat
FROM dbo.etl_run
ORDER BY id_run DESC;
