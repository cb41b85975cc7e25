-- A count sent again for the same puskesmas, village, month and service (or measurement) replaces the earlier one,
-- lower as well as higher; within a run the last file read (highest urutan) wins.
DELETE FROM agregat
WHERE kode_puskesmas = $kode_puskesmas
  AND EXISTS (SELECT 1 FROM stg_agregat s
              WHERE s.kode_puskesmas = agregat.kode_puskesmas AND s.kode_desa = agregat.kode_desa AND s.tahun = agregat.tahun
                AND s.bulan = agregat.bulan AND s.layanan = agregat.layanan);

INSERT INTO agregat (kode_puskesmas, kode_desa, tahun, bulan, layanan, jumlah, sumber, id_run)
SELECT kode_puskesmas, kode_desa, tahun, bulan, layanan, jumlah, sumber, $id_run
FROM (
    SELECT *, row_number() OVER (PARTITION BY kode_puskesmas, kode_desa, tahun, bulan, layanan ORDER BY urutan DESC) AS terbaru
    FROM stg_agregat
) AS s
WHERE terbaru = 1;

DELETE FROM agregat_skrining
WHERE kode_puskesmas = $kode_puskesmas
  AND EXISTS (SELECT 1 FROM stg_agregat_skrining s
              WHERE s.kode_puskesmas = agregat_skrining.kode_puskesmas AND s.kode_desa = agregat_skrining.kode_desa
                AND s.tahun = agregat_skrining.tahun AND s.bulan = agregat_skrining.bulan AND s.ukuran = agregat_skrining.ukuran);

INSERT INTO agregat_skrining (kode_puskesmas, kode_desa, tahun, bulan, ukuran, diskrining, ditandai, sumber, id_run)
SELECT kode_puskesmas, kode_desa, tahun, bulan, ukuran, diskrining, ditandai, sumber, $id_run
FROM (
    SELECT *, row_number() OVER (PARTITION BY kode_puskesmas, kode_desa, tahun, bulan, ukuran ORDER BY urutan DESC) AS terbaru
    FROM stg_agregat_skrining
) AS s
WHERE terbaru = 1;
