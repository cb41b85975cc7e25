-- Changes whenever a master import commits: the area roll-up read before it is then out of date.
SELECT coalesce(max(id_run), 0) FROM etl_run WHERE jenis_sumber = 'MASTER' AND status = 'BERHASIL';
