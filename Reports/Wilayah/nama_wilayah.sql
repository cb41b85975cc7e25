SELECT nama FROM wilayah WHERE kode = $kode AND berlaku_sampai IS NULL;
