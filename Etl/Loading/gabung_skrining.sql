-- A key sent again replaces the earlier row; within a run the last file read (highest urutan) wins. Every staged
-- row belongs to the source's puskesmas, so only its rows are looked at.
DELETE FROM skrining
WHERE kode_puskesmas = $kode_puskesmas
  AND EXISTS (SELECT 1 FROM stg_skrining s
              WHERE s.kode_puskesmas = skrining.kode_puskesmas AND s.id_skrining = skrining.id_skrining);

INSERT INTO skrining (kode_puskesmas, id_skrining, tanggal, id_orang, jenis_kelamin, tanggal_lahir, kode_desa, luar_wilayah,
                      sistolik, diastolik, gula_darah_sewaktu, kolesterol_total, skrining_tb, skrining_kusta, kegiatan,
                      dirujuk, sumber, id_run)
SELECT kode_puskesmas, id_skrining, tanggal, id_orang, jenis_kelamin, tanggal_lahir, kode_desa, luar_wilayah,
       sistolik, diastolik, gula_darah_sewaktu, kolesterol_total, skrining_tb, skrining_kusta, kegiatan,
       dirujuk, sumber, $id_run
FROM (
    SELECT *, row_number() OVER (PARTITION BY kode_puskesmas, id_skrining ORDER BY urutan DESC) AS terbaru
    FROM stg_skrining
) AS s
WHERE terbaru = 1;
