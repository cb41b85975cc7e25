TRUNCATE TABLE dbo.stg_kunjungan;
TRUNCATE TABLE dbo.stg_skrining;
TRUNCATE TABLE dbo.stg_karantina;
TRUNCATE TABLE dbo.stg_berkas;
