DELETE FROM stg_kunjungan;
DELETE FROM stg_skrining;
DELETE FROM stg_karantina;
DELETE FROM stg_berkas;
