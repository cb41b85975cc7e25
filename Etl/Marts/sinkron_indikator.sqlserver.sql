DELETE FROM dbo.indikator_layanan;
DELETE FROM dbo.indikator;
