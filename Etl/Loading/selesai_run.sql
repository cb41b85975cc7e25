UPDATE etl_run
SET selesai = $selesai, status = $status, berkas = $berkas, baris_dibaca = $baris_dibaca,
    baris_dimuat = $baris_dimuat, baris_dikarantina = $baris_dikarantina, pesan_galat = $pesan_galat
WHERE id_run = $id_run;
