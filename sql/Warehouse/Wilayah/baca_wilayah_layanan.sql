SELECT kode FROM wilayah_layanan;
