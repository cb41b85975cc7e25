-- The failure that reaches the limit locks the account and starts the count again.
UPDATE pengguna SET terkunci_sampai = $terkunci_sampai, gagal_berturut = 0
WHERE nama = $nama AND gagal_berturut >= $batas_gagal;
