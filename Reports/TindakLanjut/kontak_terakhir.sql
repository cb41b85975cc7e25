-- Each person's last contact up to the list's date, a visit or a screening at any puskesmas: the puskesmas whose list
-- they are on, and the record id it can look up itself. Ties fall to the later record id, so a list is the same every time.
SELECT IdOrang, KodePuskesmas, Id, Tanggal, KodeDesa, JenisKelamin, TanggalLahir
FROM (
    SELECT id_orang AS IdOrang, kode_puskesmas AS KodePuskesmas, id AS Id, tanggal AS Tanggal, kode_desa AS KodeDesa,
           jenis_kelamin AS JenisKelamin, tanggal_lahir AS TanggalLahir,
           row_number() OVER (PARTITION BY id_orang ORDER BY tanggal DESC, kode_puskesmas DESC, id DESC) AS urutan
    FROM (
        SELECT id_orang, kode_puskesmas, id_kunjungan AS id, tanggal, kode_desa, jenis_kelamin, tanggal_lahir
        FROM kunjungan WHERE tanggal <= $tanggal
        UNION ALL
        SELECT id_orang, kode_puskesmas, id_skrining, tanggal, kode_desa, jenis_kelamin, tanggal_lahir
        FROM skrining WHERE tanggal <= $tanggal
    ) AS kontak
) AS berurut
WHERE urutan = 1;
