INSERT INTO pemetaan (jenis, kode_puskesmas, nilai, kode, diubah_oleh, diubah_pada)
VALUES ($jenis, $kode_puskesmas, $nilai, $kode, $diubah_oleh, $diubah_pada);
