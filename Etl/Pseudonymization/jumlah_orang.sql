-- Whether the warehouse already holds pseudonymized people (a warehouse older than the key fingerprint).
SELECT (SELECT count(*) FROM kunjungan) + (SELECT count(*) FROM skrining) + (SELECT count(*) FROM fhir_pasien);
