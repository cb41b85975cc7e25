-- People served per area by setting, per month and for January to the last month together. The area is the
-- puskesmas that gave the service ($per_puskesmas = 1) or the first $panjang_kode characters of the person's
-- village code (desa, kecamatan, kabupaten/kota, province). A person counts once per area and period however
-- often they came, and once in each setting where they were served.
WITH layanan_tahun AS (
    SELECT CASE WHEN $per_puskesmas = 1 THEN kode_puskesmas ELSE substring(kode_desa, 1, $panjang_kode) END AS kode_wilayah,
           CAST(month(tanggal) AS INTEGER) AS bulan, id_orang, coalesce(nullif(tempat, ''), 'TIDAK_DICATAT') AS tempat
    FROM kunjungan
    WHERE tanggal BETWEEN $awal AND $akhir AND layanan IN $layanan
)
SELECT kode_wilayah AS KodeWilayah, bulan AS Bulan,
       CAST(count(DISTINCT id_orang) AS BIGINT) AS Dilayani,
       CAST(count(DISTINCT CASE WHEN tempat = 'DALAM_GEDUNG' THEN id_orang END) AS BIGINT) AS DalamGedung,
       CAST(count(DISTINCT CASE WHEN tempat = 'LUAR_GEDUNG' THEN id_orang END) AS BIGINT) AS LuarGedung,
       CAST(count(DISTINCT CASE WHEN tempat = 'POSYANDU' THEN id_orang END) AS BIGINT) AS Posyandu,
       CAST(count(DISTINCT CASE WHEN tempat = 'PUSLING' THEN id_orang END) AS BIGINT) AS Pusling,
       CAST(count(DISTINCT CASE WHEN tempat = 'HOMECARE' THEN id_orang END) AS BIGINT) AS Homecare,
       CAST(count(DISTINCT CASE WHEN tempat = 'TIDAK_DICATAT' THEN id_orang END) AS BIGINT) AS TidakDicatat,
       CAST(count(DISTINCT CASE WHEN tempat IN ('LUAR_GEDUNG', 'POSYANDU', 'PUSLING', 'HOMECARE') THEN id_orang END) AS BIGINT) AS DiLuarGedung,
       CAST(count(DISTINCT CASE WHEN tempat <> 'TIDAK_DICATAT' THEN id_orang END) AS BIGINT) AS TempatTercatat
FROM layanan_tahun
GROUP BY GROUPING SETS ((kode_wilayah, bulan), (kode_wilayah));
