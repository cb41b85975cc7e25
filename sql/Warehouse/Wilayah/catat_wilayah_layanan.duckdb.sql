INSERT INTO wilayah_layanan (kode, dicatat_pada)
SELECT $kode, $dicatat_pada
WHERE NOT EXISTS (SELECT 1 FROM wilayah_layanan);
