-- DuckDB drops its staging tables here and stages each source in temporary tables of the import's connection.
-- SQL Server keeps them: its imports take turns under an application lock (Etl/Loading/kunci_impor.sqlserver.sql) and
-- empty them with TRUNCATE, which writes no row to the log.
SELECT 1 AS tidak_ada_perubahan;
