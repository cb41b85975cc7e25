-- Each person with a birth date: it and their first visit up to the list's date (a baby is one seen before its first
-- birthday, which the list works out).
SELECT id_orang AS IdOrang, MIN(tanggal_lahir) AS TanggalLahir, MIN(tanggal) AS Tanggal
FROM kunjungan
WHERE tanggal <= $tanggal AND tanggal_lahir IS NOT NULL
GROUP BY id_orang;
