INSERT INTO etl_run (sumber, jenis_sumber, kode_puskesmas, mulai, status)
VALUES ($sumber, $jenis_sumber, $kode_puskesmas, $mulai, 'BERJALAN')
RETURNING id_run;
