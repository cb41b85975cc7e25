-- Visits of the given services up to the list's date, at any puskesmas: the triggers and follow-ups of a list.
SELECT id_orang AS IdOrang, layanan AS Layanan, tanggal AS Tanggal
FROM kunjungan
WHERE tanggal <= $tanggal AND layanan IN $layanan;
