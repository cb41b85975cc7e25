-- A province or national SQL Server warehouse: the facts and marts partitioned by year, the marts' segments ordered
-- the way pages read them (indicator and month within a year), so a query touches only its year's partition and,
-- inside it, only the segments of its indicator and month. Not a migration: a DBA runs it once after the migrations,
-- in a maintenance window (it rewrites the four largest tables), on SQL Server 2022 or Azure SQL. Each December
-- tahun_baru.sql adds the coming year's partitions.
CREATE PARTITION FUNCTION pf_tahun (INT) AS RANGE RIGHT FOR VALUES (2022, 2023, 2024, 2025, 2026, 2027, 2028);
GO
CREATE PARTITION SCHEME ps_tahun AS PARTITION pf_tahun ALL TO ([PRIMARY]);
GO
CREATE PARTITION FUNCTION pf_tanggal (DATE) AS RANGE RIGHT
    FOR VALUES ('2022-01-01', '2023-01-01', '2024-01-01', '2025-01-01', '2026-01-01', '2027-01-01', '2028-01-01');
GO
CREATE PARTITION SCHEME ps_tanggal AS PARTITION pf_tanggal ALL TO ([PRIMARY]);
GO

-- One thread per rebuild: an ordered columnstore built in parallel interleaves its segments and loses the order.
CREATE CLUSTERED COLUMNSTORE INDEX cci_mart_capaian ON dbo.mart_capaian ORDER (kode_indikator, bulan, kode_desa)
    WITH (DROP_EXISTING = ON, MAXDOP = 1) ON ps_tahun (tahun);
GO
CREATE CLUSTERED COLUMNSTORE INDEX cci_kunjungan ON dbo.kunjungan ORDER (tanggal, kode_puskesmas)
    WITH (DROP_EXISTING = ON, MAXDOP = 1) ON ps_tanggal (tanggal);
GO
CREATE CLUSTERED COLUMNSTORE INDEX cci_skrining ON dbo.skrining ORDER (tanggal, kode_puskesmas)
    WITH (DROP_EXISTING = ON, MAXDOP = 1) ON ps_tanggal (tanggal);
GO

-- The screening mart is small per year and read by month and village: its key stays, placed on the year partitions.
ALTER TABLE dbo.mart_skrining DROP CONSTRAINT pk_mart_skrining;
GO
ALTER TABLE dbo.mart_skrining ADD CONSTRAINT pk_mart_skrining PRIMARY KEY CLUSTERED (tahun, bulan, kode_desa) ON ps_tahun (tahun);
GO
