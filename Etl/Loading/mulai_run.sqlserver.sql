INSERT INTO dbo.etl_run (sumber, jenis_sumber, kode_puskesmas, mulai, status)
OUTPUT INSERTED.id_run
VALUES (@sumber, @jenis_sumber, @kode_puskesmas, @mulai, 'BERJALAN');
