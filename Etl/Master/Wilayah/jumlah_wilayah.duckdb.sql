SELECT count(*) FROM wilayah;
