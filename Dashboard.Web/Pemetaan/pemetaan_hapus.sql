DELETE FROM pemetaan WHERE jenis = $jenis AND kode_puskesmas = $kode_puskesmas AND nilai = $nilai;
