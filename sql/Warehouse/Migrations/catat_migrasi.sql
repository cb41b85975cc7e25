INSERT INTO schema_migrasi (versi, nama, diterapkan_pada) VALUES ($versi, $nama, $diterapkan_pada);
