-- A key sent again replaces the earlier row; within a run the last file read (highest urutan) wins. Every staged
-- row belongs to the source's puskesmas, so only its rows are looked at (the facts are stored puskesmas by puskesmas).
DELETE FROM kunjungan
WHERE kode_puskesmas = $kode_puskesmas
  AND EXISTS (SELECT 1 FROM stg_kunjungan s
              WHERE s.kode_puskesmas = kunjungan.kode_puskesmas AND s.id_kunjungan = kunjungan.id_kunjungan);

INSERT INTO kunjungan (kode_puskesmas, id_kunjungan, tanggal, id_orang, jenis_kelamin, tanggal_lahir, kode_desa,
                       luar_wilayah, layanan, tempat, sumber, id_run)
SELECT kode_puskesmas, id_kunjungan, tanggal, id_orang, jenis_kelamin, tanggal_lahir, kode_desa,
       luar_wilayah, layanan, tempat, sumber, $id_run
FROM (
    SELECT *, row_number() OVER (PARTITION BY kode_puskesmas, id_kunjungan ORDER BY urutan DESC) AS terbaru
    FROM stg_kunjungan
) AS s
WHERE terbaru = 1;
