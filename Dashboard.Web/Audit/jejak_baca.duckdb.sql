SELECT id_jejak AS Id, waktu AS Waktu, pengguna AS Pengguna, peristiwa AS Peristiwa, sasaran AS Sasaran, rincian AS Rincian,
       alamat_ip AS AlamatIp
FROM jejak_audit
WHERE waktu >= $dari AND waktu < $sampai
  AND ($pengguna IS NULL OR pengguna = $pengguna)
  AND ($peristiwa IS NULL OR peristiwa = $peristiwa)
ORDER BY id_jejak DESC
LIMIT $batas;
