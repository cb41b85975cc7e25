SELECT count(*) FROM etl_run WHERE status = 'BERHASIL';
