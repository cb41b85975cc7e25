SELECT id_run AS IdRun, sumber AS Sumber, jenis_sumber AS JenisSumber, kode_puskesmas AS KodePuskesmas, mulai AS Mulai,
       selesai AS Selesai, status AS Status, berkas AS Berkas, baris_dibaca AS BarisDibaca, baris_dimuat AS BarisDimuat,
       baris_dikarantina AS BarisDikarantina, pesan_galat AS PesanGalat
FROM etl_run
ORDER BY id_run DESC
LIMIT $batas;
