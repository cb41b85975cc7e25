-- One statement counts the failure and, at the limit, locks the account and starts the count again, so failures
-- arriving together are each counted once.
UPDATE pengguna
SET gagal_berturut = CASE WHEN gagal_berturut + 1 >= $batas_gagal THEN 0 ELSE gagal_berturut + 1 END,
    terkunci_sampai = CASE WHEN gagal_berturut + 1 >= $batas_gagal THEN $terkunci_sampai ELSE terkunci_sampai END
WHERE nama = $nama;
