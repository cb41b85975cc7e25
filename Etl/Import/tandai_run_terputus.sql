UPDATE etl_run
SET selesai = $selesai, status = 'GAGAL', pesan_galat = $pesan_galat
WHERE status = 'BERJALAN';
