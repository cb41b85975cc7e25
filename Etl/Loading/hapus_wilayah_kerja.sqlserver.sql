DELETE FROM dbo.wilayah_kerja WHERE kode_puskesmas = @kode_puskesmas;
