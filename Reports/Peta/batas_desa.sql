SELECT kode_desa AS KodeDesa, geometri AS Geometri, skematis AS Skematis
FROM batas_desa
WHERE kode_desa LIKE $kabupaten_prefix;
