SELECT COUNT_BIG(*) FROM dbo.wilayah;
