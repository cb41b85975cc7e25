-- Changes whenever a run commits visits: outreach counted before it is then out of date.
SELECT coalesce(max(id_run), 0) FROM etl_run WHERE status = 'BERHASIL';
