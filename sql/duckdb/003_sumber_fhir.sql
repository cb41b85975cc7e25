-- A run is one source: the master files, one puskesmas folder, or one puskesmas FHIR server.
ALTER TABLE etl_run ADD COLUMN jenis_sumber VARCHAR;
ALTER TABLE etl_run ADD COLUMN kode_puskesmas VARCHAR;

-- Years whose marts must be rebuilt: written in the same transaction as the facts that changed them,
-- removed by the rebuild, so a crash between the two is repaired by the next run.
CREATE TABLE mart_tertunda (tahun INTEGER PRIMARY KEY);

-- The highest meta.lastUpdated loaded from each FHIR server, kept as the server wrote it.
CREATE TABLE fhir_watermark (
    sumber          VARCHAR PRIMARY KEY,
    last_updated    VARCHAR NOT NULL
);

-- FHIR resources as last received, pseudonymized; screenings are rebuilt from them, because one day's
-- observations of a patient may arrive across several pulls.
CREATE TABLE fhir_pasien (
    kode_puskesmas  VARCHAR NOT NULL,
    id_pasien       VARCHAR NOT NULL,
    id_orang        VARCHAR NOT NULL,
    jenis_kelamin   VARCHAR,
    tanggal_lahir   DATE NOT NULL,
    kode_desa       VARCHAR NOT NULL,
    luar_wilayah    BOOLEAN NOT NULL,
    sumber          VARCHAR NOT NULL,
    PRIMARY KEY (kode_puskesmas, id_pasien)
);

CREATE TABLE fhir_observasi (
    kode_puskesmas  VARCHAR NOT NULL,
    id_observasi    VARCHAR NOT NULL,
    ukuran          VARCHAR NOT NULL,
    id_pasien       VARCHAR NOT NULL,
    tanggal         DATE NOT NULL,
    nilai           DOUBLE NOT NULL,
    sumber          VARCHAR NOT NULL,
    PRIMARY KEY (kode_puskesmas, id_observasi, ukuran)
);

CREATE TABLE stg_fhir_pasien (
    urutan          BIGINT NOT NULL,
    kode_puskesmas  VARCHAR NOT NULL,
    id_pasien       VARCHAR NOT NULL,
    id_orang        VARCHAR NOT NULL,
    jenis_kelamin   VARCHAR,
    tanggal_lahir   DATE NOT NULL,
    kode_desa       VARCHAR NOT NULL,
    luar_wilayah    BOOLEAN NOT NULL,
    sumber          VARCHAR NOT NULL
);

CREATE TABLE stg_fhir_observasi (
    urutan          BIGINT NOT NULL,
    kode_puskesmas  VARCHAR NOT NULL,
    id_observasi    VARCHAR NOT NULL,
    ukuran          VARCHAR NOT NULL,
    id_pasien       VARCHAR NOT NULL,
    tanggal         DATE NOT NULL,
    nilai           DOUBLE NOT NULL,
    sumber          VARCHAR NOT NULL
);

-- Observations that came back with a status that no longer counts (entered-in-error, cancelled, ...).
CREATE TABLE stg_fhir_observasi_batal (
    kode_puskesmas  VARCHAR NOT NULL,
    id_observasi    VARCHAR NOT NULL
);

-- Patients whose screenings a run rebuilds.
CREATE TABLE stg_fhir_terdampak (
    kode_puskesmas  VARCHAR NOT NULL,
    id_pasien       VARCHAR NOT NULL
);
