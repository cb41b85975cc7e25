-- A puskesmas' FHIR observations still waiting for their Patient.
SELECT count(DISTINCT o.id_observasi)
FROM fhir_observasi o
WHERE o.kode_puskesmas = $kode_puskesmas
  AND NOT EXISTS (SELECT 1 FROM fhir_pasien p WHERE p.kode_puskesmas = o.kode_puskesmas AND p.id_pasien = o.id_pasien);
