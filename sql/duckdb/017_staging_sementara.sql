-- The import stages each source in its connection's temporary tables (Etl/Loading/kosongkan_staging.duckdb.sql): the
-- staging tables in the warehouse itself are no longer read or written.
DROP TABLE stg_kunjungan;
DROP TABLE stg_skrining;
DROP TABLE stg_agregat;
DROP TABLE stg_agregat_skrining;
DROP TABLE stg_fhir_pasien;
DROP TABLE stg_fhir_observasi;
DROP TABLE stg_fhir_observasi_batal;
DROP TABLE stg_fhir_terdampak;
DROP TABLE stg_karantina;
DROP TABLE stg_karantina_pemetaan;
DROP TABLE stg_berkas;
DROP TABLE stg_sasaran;
DROP TABLE stg_jkn;
