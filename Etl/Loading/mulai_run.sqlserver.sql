INSERT INTO dbo.etl_run (sumber, mulai, status) OUTPUT INSERTED.id_run VALUES (@sumber, @mulai, 'BERJALAN');
