-- Hypertension and diabetes services of the period, at any puskesmas: the follow-up of a flagged screening.
SELECT id_orang AS IdOrang, layanan AS Layanan, tanggal AS Tanggal
FROM kunjungan
WHERE tanggal BETWEEN $awal AND $akhir AND layanan IN ('PELAYANAN_HIPERTENSI', 'PELAYANAN_DM');
