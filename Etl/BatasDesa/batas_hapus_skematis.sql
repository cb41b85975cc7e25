-- Real boundaries replace the demo's schematic map entirely: a map half schematic would mislead.
DELETE FROM batas_desa WHERE skematis = $skematis;
