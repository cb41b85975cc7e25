INSERT INTO batas_desa (kode_desa, geometri, skematis, sumber, dimuat_pada)
VALUES ($kode_desa, $geometri, $skematis, $sumber, $dimuat_pada);
