INSERT INTO dbo.mart_tertunda (tahun)
SELECT @tahun WHERE NOT EXISTS (SELECT 1 FROM dbo.mart_tertunda WHERE tahun = @tahun);
