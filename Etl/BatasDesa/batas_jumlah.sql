SELECT count(*) FROM batas_desa;
