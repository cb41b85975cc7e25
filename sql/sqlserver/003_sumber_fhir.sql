-- A run is one source: the master files, one puskesmas folder, or one puskesmas FHIR server.
ALTER TABLE dbo.etl_run ADD jenis_sumber VARCHAR(20) NULL, kode_puskesmas VARCHAR(20) COLLATE Latin1_General_100_BIN2 NULL;
GO

-- Years whose marts must be rebuilt: written in the same transaction as the facts that changed them,
-- removed by the rebuild, so a crash between the two is repaired by the next run.
CREATE TABLE dbo.mart_tertunda (tahun INT NOT NULL CONSTRAINT pk_mart_tertunda PRIMARY KEY);
GO

-- The highest meta.lastUpdated loaded from each FHIR server, kept as the server wrote it.
CREATE TABLE dbo.fhir_watermark (
    sumber          NVARCHAR(400) NOT NULL CONSTRAINT pk_fhir_watermark PRIMARY KEY,
    last_updated    VARCHAR(40) NOT NULL
);
GO

-- FHIR resources as last received, pseudonymized; screenings are rebuilt from them, because one day's
-- observations of a patient may arrive across several pulls.
CREATE TABLE dbo.fhir_pasien (
    kode_puskesmas  VARCHAR(20) COLLATE Latin1_General_100_BIN2 NOT NULL,
    id_pasien       NVARCHAR(100) COLLATE Latin1_General_100_BIN2 NOT NULL,
    id_orang        CHAR(64) NOT NULL,
    jenis_kelamin   CHAR(1) NULL,
    tanggal_lahir   DATE NOT NULL,
    kode_desa       VARCHAR(13) NOT NULL,
    luar_wilayah    BIT NOT NULL,
    sumber          NVARCHAR(400) NOT NULL,
    CONSTRAINT pk_fhir_pasien PRIMARY KEY (kode_puskesmas, id_pasien)
);
GO

CREATE TABLE dbo.fhir_observasi (
    kode_puskesmas  VARCHAR(20) COLLATE Latin1_General_100_BIN2 NOT NULL,
    id_observasi    NVARCHAR(100) COLLATE Latin1_General_100_BIN2 NOT NULL,
    ukuran          VARCHAR(30) NOT NULL,
    id_pasien       NVARCHAR(100) COLLATE Latin1_General_100_BIN2 NOT NULL,
    tanggal         DATE NOT NULL,
    nilai           FLOAT NOT NULL,
    sumber          NVARCHAR(400) NOT NULL,
    CONSTRAINT pk_fhir_observasi PRIMARY KEY (kode_puskesmas, id_observasi, ukuran)
);
GO

CREATE TABLE dbo.stg_fhir_pasien (
    urutan          BIGINT NOT NULL,
    kode_puskesmas  VARCHAR(20) COLLATE Latin1_General_100_BIN2 NOT NULL,
    id_pasien       NVARCHAR(100) COLLATE Latin1_General_100_BIN2 NOT NULL,
    id_orang        CHAR(64) NOT NULL,
    jenis_kelamin   CHAR(1) NULL,
    tanggal_lahir   DATE NOT NULL,
    kode_desa       VARCHAR(13) NOT NULL,
    luar_wilayah    BIT NOT NULL,
    sumber          NVARCHAR(400) NOT NULL
);
GO

CREATE TABLE dbo.stg_fhir_observasi (
    urutan          BIGINT NOT NULL,
    kode_puskesmas  VARCHAR(20) COLLATE Latin1_General_100_BIN2 NOT NULL,
    id_observasi    NVARCHAR(100) COLLATE Latin1_General_100_BIN2 NOT NULL,
    ukuran          VARCHAR(30) NOT NULL,
    id_pasien       NVARCHAR(100) COLLATE Latin1_General_100_BIN2 NOT NULL,
    tanggal         DATE NOT NULL,
    nilai           FLOAT NOT NULL,
    sumber          NVARCHAR(400) NOT NULL
);
GO

CREATE TABLE dbo.stg_fhir_observasi_batal (
    kode_puskesmas  VARCHAR(20) COLLATE Latin1_General_100_BIN2 NOT NULL,
    id_observasi    NVARCHAR(100) COLLATE Latin1_General_100_BIN2 NOT NULL
);
GO

-- Patients whose screenings a run rebuilds.
CREATE TABLE dbo.stg_fhir_terdampak (
    kode_puskesmas  VARCHAR(20) COLLATE Latin1_General_100_BIN2 NOT NULL,
    id_pasien       NVARCHAR(100) COLLATE Latin1_General_100_BIN2 NOT NULL
);
GO
