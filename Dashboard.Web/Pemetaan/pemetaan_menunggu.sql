-- Each value still without a crosswalk entry at the last import, per puskesmas, source column and file: the page sums
-- the rows of a value and names a few of its files.
SELECT kode_puskesmas AS KodePuskesmas, jenis AS Jenis, nilai AS Nilai, kolom AS Kolom, sumber AS Sumber, CAST(count(*) AS BIGINT) AS Baris
FROM karantina_pemetaan
GROUP BY kode_puskesmas, jenis, nilai, kolom, sumber;
