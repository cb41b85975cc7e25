INSERT INTO jejak_audit (waktu, pengguna, peristiwa, sasaran, rincian, alamat_ip)
VALUES ($waktu, $pengguna, $peristiwa, $sasaran, $rincian, $alamat_ip);
