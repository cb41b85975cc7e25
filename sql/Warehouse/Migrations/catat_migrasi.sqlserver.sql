INSERT INTO dbo.schema_migrasi (versi, nama, diterapkan_pada) VALUES (@versi, @nama, @diterapkan_pada);
