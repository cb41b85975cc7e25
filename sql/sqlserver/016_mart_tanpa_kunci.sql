-- DuckDB drops its marts' primary keys here (its index made deleting and writing a mart year several times slower).
-- SQL Server keeps them: each is the clustered index that orders a mart by year, so the build's delete of a year is
-- one range of the index, and the pages' reads seek on it (docs/scaling.md).
SELECT 1 AS tidak_ada_perubahan;
