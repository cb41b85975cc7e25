DELETE FROM indikator_layanan;
DELETE FROM indikator;
