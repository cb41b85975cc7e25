DELETE FROM wilayah_kerja WHERE kode_puskesmas = $kode_puskesmas;
