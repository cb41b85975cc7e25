SELECT jenis AS Jenis, kode_puskesmas AS KodePuskesmas, nilai AS Nilai, kode AS Kode, diubah_oleh AS DiubahOleh, diubah_pada AS DiubahPada
FROM pemetaan
ORDER BY jenis, kode_puskesmas, nilai;
