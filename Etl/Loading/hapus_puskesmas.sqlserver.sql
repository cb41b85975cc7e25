DELETE FROM dbo.puskesmas WHERE kode_puskesmas = @kode_puskesmas;
