-- Crosswalks the Dinkes keeps: a value a puskesmas's own export writes (a village name or local code, a service word
-- or code, a setting word), mapped once to the contract's code and applied at every later import. kode_puskesmas ''
-- maps the value for every puskesmas; kode '-' means the rows carrying the value are no PWS service and are skipped.
CREATE TABLE pemetaan (
    jenis           VARCHAR NOT NULL,  -- desa, layanan, tempat
    kode_puskesmas  VARCHAR NOT NULL,
    nilai           VARCHAR NOT NULL,  -- as the reader normalises it: trimmed, lower case, inner spaces collapsed
    kode            VARCHAR NOT NULL,
    diubah_oleh     VARCHAR NOT NULL,
    diubah_pada     TIMESTAMP NOT NULL,
    PRIMARY KEY (jenis, kode_puskesmas, nilai)
);

-- The values without a mapping that sent a karantina row there, several per row (a village and a service may both be
-- unknown). Replaced with the karantina whenever a file is read again.
CREATE TABLE karantina_pemetaan (
    sumber          VARCHAR NOT NULL,
    baris           INTEGER,
    kode_puskesmas  VARCHAR NOT NULL,
    jenis           VARCHAR NOT NULL,
    kolom           VARCHAR NOT NULL,
    nilai           VARCHAR NOT NULL,
    id_run          BIGINT NOT NULL
);

CREATE TABLE stg_karantina_pemetaan (
    sumber          VARCHAR NOT NULL,
    baris           INTEGER,
    kode_puskesmas  VARCHAR NOT NULL,
    jenis           VARCHAR NOT NULL,
    kolom           VARCHAR NOT NULL,
    nilai           VARCHAR NOT NULL
);
