DELETE FROM stg_kunjungan;
DELETE FROM stg_skrining;
DELETE FROM stg_karantina;
DELETE FROM stg_berkas;
DELETE FROM stg_fhir_pasien;
DELETE FROM stg_fhir_observasi;
DELETE FROM stg_fhir_observasi_batal;
DELETE FROM stg_fhir_terdampak;
