DELETE FROM dbo.mart_capaian WHERE tahun = @tahun;
