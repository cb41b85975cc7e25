TRUNCATE TABLE dbo.stg_kunjungan;
TRUNCATE TABLE dbo.stg_skrining;
TRUNCATE TABLE dbo.stg_karantina;
TRUNCATE TABLE dbo.stg_berkas;
TRUNCATE TABLE dbo.stg_fhir_pasien;
TRUNCATE TABLE dbo.stg_fhir_observasi;
TRUNCATE TABLE dbo.stg_fhir_observasi_batal;
TRUNCATE TABLE dbo.stg_fhir_terdampak;
