DELETE FROM batas_desa WHERE kode_desa = $kode_desa;
