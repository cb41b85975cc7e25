-- Crosswalks the Dinkes keeps: a value a puskesmas's own export writes (a village name or local code, a service word
-- or code, a setting word), mapped once to the contract's code and applied at every later import. kode_puskesmas ''
-- maps the value for every puskesmas; kode '-' means the rows carrying the value are no PWS service and are skipped.
CREATE TABLE dbo.pemetaan (
    jenis           VARCHAR(20) NOT NULL,
    kode_puskesmas  NVARCHAR(40) NOT NULL,
    nilai           NVARCHAR(200) NOT NULL,
    kode            VARCHAR(40) NOT NULL,
    diubah_oleh     NVARCHAR(100) NOT NULL,
    diubah_pada     DATETIME2 NOT NULL,
    CONSTRAINT pk_pemetaan PRIMARY KEY (jenis, kode_puskesmas, nilai)
);
GO

-- The values without a mapping that sent a karantina row there, several per row (a village and a service may both be
-- unknown). Replaced with the karantina whenever a file is read again.
CREATE TABLE dbo.karantina_pemetaan (
    sumber          NVARCHAR(400) NOT NULL,
    baris           INT NULL,
    kode_puskesmas  NVARCHAR(40) NOT NULL,
    jenis           VARCHAR(20) NOT NULL,
    kolom           NVARCHAR(100) NOT NULL,
    nilai           NVARCHAR(200) NOT NULL,
    id_run          BIGINT NOT NULL
);
GO

CREATE TABLE dbo.stg_karantina_pemetaan (
    sumber          NVARCHAR(400) NOT NULL,
    baris           INT NULL,
    kode_puskesmas  NVARCHAR(40) NOT NULL,
    jenis           VARCHAR(20) NOT NULL,
    kolom           NVARCHAR(100) NOT NULL,
    nilai           NVARCHAR(200) NOT NULL
);
GO
