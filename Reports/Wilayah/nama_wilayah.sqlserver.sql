SELECT nama FROM dbo.wilayah WHERE kode = @kode AND berlaku_sampai IS NULL;
