DELETE FROM puskesmas WHERE kode_puskesmas = $kode_puskesmas;
