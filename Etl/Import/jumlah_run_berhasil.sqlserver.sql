SELECT COUNT_BIG(*) FROM dbo.etl_run WHERE status = 'BERHASIL';
