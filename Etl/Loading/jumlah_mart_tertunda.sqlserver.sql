SELECT count(*) FROM dbo.mart_tertunda;
