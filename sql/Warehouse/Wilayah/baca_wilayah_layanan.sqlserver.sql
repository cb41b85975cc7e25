SELECT kode FROM dbo.wilayah_layanan;
