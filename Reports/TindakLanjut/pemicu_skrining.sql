-- Screenings up to the list's date that flagged high blood pressure or high blood sugar (the cut points of the
-- screening report).
SELECT id_orang AS IdOrang, tanggal AS Tanggal,
       CASE WHEN sistolik >= $sistolik OR diastolik >= $diastolik THEN 1 ELSE 0 END AS TensiTinggi,
       CASE WHEN gula_darah_sewaktu >= $gula_darah THEN 1 ELSE 0 END AS GulaTinggi
FROM skrining
WHERE tanggal <= $tanggal AND (sistolik >= $sistolik OR diastolik >= $diastolik OR gula_darah_sewaktu >= $gula_darah);
