-- Changes whenever boundaries are loaded: the parsed boundaries held before it are then out of date.
SELECT CAST(count(*) AS BIGINT) AS Jumlah, max(dimuat_pada) AS Terakhir FROM batas_desa;
