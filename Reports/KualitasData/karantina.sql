SELECT sumber AS Sumber, baris AS Baris, kolom AS Kolom, alasan AS Alasan, isi AS Isi
FROM karantina
ORDER BY sumber, baris;
