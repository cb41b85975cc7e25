-- What each cache of the reports depends on, read at once: the last master import (the area roll-up), the last
-- successful run of any source (counts read from the visits) with the years whose marts still wait for it, the
-- boundaries loaded (the parsed map), and the newest run of any state with the runs still going (the last import's
-- state a page shows). A part that differs from the one a cache was filled under means the warehouse changed under that cache.
SELECT
    (SELECT CAST(coalesce(max(id_run), 0) AS BIGINT) FROM etl_run WHERE jenis_sumber = 'MASTER' AND status = 'BERHASIL') AS Master,
    (SELECT CAST(coalesce(max(id_run), 0) AS BIGINT) FROM etl_run WHERE status = 'BERHASIL') AS Run,
    (SELECT CAST(count(*) AS BIGINT) FROM mart_tertunda) AS MartTertunda,
    (SELECT CAST(count(*) AS BIGINT) FROM batas_desa) AS JumlahBatas,
    (SELECT max(dimuat_pada) FROM batas_desa) AS BatasTerakhir,
    (SELECT CAST(coalesce(max(id_run), 0) AS BIGINT) FROM etl_run) AS RunTerbaru,
    (SELECT CAST(count(*) AS BIGINT) FROM etl_run WHERE status = 'BERJALAN') AS RunBerjalan;
