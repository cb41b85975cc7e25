DELETE FROM dbo.mart_tertunda WHERE tahun = @tahun;
