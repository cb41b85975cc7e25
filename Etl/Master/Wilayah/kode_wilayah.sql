SELECT kode FROM wilayah WHERE tingkat = $tingkat AND berlaku_sampai IS NULL;
