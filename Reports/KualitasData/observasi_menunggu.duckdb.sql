-- FHIR observations whose Patient has not arrived (never sent, or quarantined): loaded, but part of no
-- screening until it does.
SELECT o.kode_puskesmas AS KodePuskesmas, coalesce(p.nama, o.kode_puskesmas) AS NamaPuskesmas, o.id_pasien AS IdPasien,
       count(DISTINCT o.id_observasi) AS Observasi, CAST(min(o.tanggal) AS TIMESTAMP) AS TanggalTertua
FROM fhir_observasi o
LEFT JOIN puskesmas p ON p.kode_puskesmas = o.kode_puskesmas
WHERE NOT EXISTS (SELECT 1 FROM fhir_pasien f WHERE f.kode_puskesmas = o.kode_puskesmas AND f.id_pasien = o.id_pasien)
GROUP BY o.kode_puskesmas, p.nama, o.id_pasien
ORDER BY o.kode_puskesmas, min(o.tanggal), o.id_pasien;
