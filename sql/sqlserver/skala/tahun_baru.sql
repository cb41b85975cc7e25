-- Each December, before the first import of the coming year: a partition for the year after it, so a year's rows
-- never land in the open-ended last partition (splitting a partition that holds rows rewrites them).
DECLARE @tahun INT = YEAR(SYSDATETIME()) + 2;
DECLARE @awal DATE = DATEFROMPARTS(@tahun, 1, 1);

IF NOT EXISTS (SELECT 1 FROM sys.partition_range_values v JOIN sys.partition_functions f ON f.function_id = v.function_id
               WHERE f.name = 'pf_tahun' AND CAST(v.value AS INT) = @tahun)
BEGIN
    ALTER PARTITION SCHEME ps_tahun NEXT USED [PRIMARY];
    ALTER PARTITION FUNCTION pf_tahun () SPLIT RANGE (@tahun);
END;

IF NOT EXISTS (SELECT 1 FROM sys.partition_range_values v JOIN sys.partition_functions f ON f.function_id = v.function_id
               WHERE f.name = 'pf_tanggal' AND CAST(v.value AS DATE) = @awal)
BEGIN
    ALTER PARTITION SCHEME ps_tanggal NEXT USED [PRIMARY];
    ALTER PARTITION FUNCTION pf_tanggal () SPLIT RANGE (@awal);
END;
