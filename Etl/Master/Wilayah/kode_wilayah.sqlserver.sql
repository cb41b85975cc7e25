SELECT kode FROM dbo.wilayah WHERE tingkat = @tingkat AND berlaku_sampai IS NULL;
