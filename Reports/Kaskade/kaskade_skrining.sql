-- The period's screenings with their measurements, each person's in order: who was screened and flagged, and the later
-- screenings that show a flagged person under control.
SELECT id_orang AS IdOrang, tanggal AS Tanggal, kode_desa AS KodeDesa,
       sistolik AS Sistolik, diastolik AS Diastolik, gula_darah_sewaktu AS GulaDarah, kolesterol_total AS Kolesterol
FROM skrining
WHERE tanggal BETWEEN $awal AND $akhir
ORDER BY id_orang, tanggal, kode_puskesmas, id_skrining;
