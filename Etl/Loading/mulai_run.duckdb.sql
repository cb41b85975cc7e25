INSERT INTO etl_run (sumber, mulai, status) VALUES ($sumber, $mulai, 'BERJALAN') RETURNING id_run;
