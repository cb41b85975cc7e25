SELECT jenis AS Jenis, kode_puskesmas AS KodePuskesmas, nilai AS Nilai, kode AS Kode
FROM pemetaan
WHERE kode_puskesmas IN ('', $kode_puskesmas);
