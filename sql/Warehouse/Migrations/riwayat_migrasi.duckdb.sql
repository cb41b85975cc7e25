CREATE TABLE IF NOT EXISTS schema_migrasi (
    versi           INTEGER PRIMARY KEY,
    nama            VARCHAR NOT NULL,
    diterapkan_pada TIMESTAMP NOT NULL
);
