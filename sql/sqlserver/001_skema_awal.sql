-- Record keys (id_*, kode_puskesmas) use a binary collation: they compare exactly as the sources send
-- them, as in DuckDB, where the default collation would merge 'a1' and 'A1'.

-- Area hierarchy (Kemendagri codes, dotted canonical form). A row is valid from berlaku_dari until
-- berlaku_sampai (NULL = still valid), so a village split keeps its history attributable.
CREATE TABLE dbo.wilayah (
    kode            VARCHAR(13) NOT NULL,
    kode_induk      VARCHAR(13) NULL,
    tingkat         TINYINT NOT NULL,
    nama            NVARCHAR(200) NOT NULL,
    berlaku_dari    DATE NOT NULL,
    berlaku_sampai  DATE NULL,
    CONSTRAINT pk_wilayah PRIMARY KEY (kode, berlaku_dari)
);
GO

CREATE TABLE dbo.puskesmas (
    kode_puskesmas  VARCHAR(20) COLLATE Latin1_General_100_BIN2 NOT NULL CONSTRAINT pk_puskesmas PRIMARY KEY,
    nama            NVARCHAR(200) NOT NULL,
    kode_kecamatan  VARCHAR(13) NOT NULL
);
GO

CREATE TABLE dbo.wilayah_kerja (
    kode_puskesmas  VARCHAR(20) COLLATE Latin1_General_100_BIN2 NOT NULL,
    kode_desa       VARCHAR(13) NOT NULL,
    CONSTRAINT pk_wilayah_kerja PRIMARY KEY (kode_puskesmas, kode_desa)
);
GO

CREATE TABLE dbo.sasaran (
    tahun           INT NOT NULL,
    kode_desa       VARCHAR(13) NOT NULL,
    jenis_sasaran   VARCHAR(40) NOT NULL,
    jumlah          INT NOT NULL,
    CONSTRAINT pk_sasaran PRIMARY KEY (tahun, kode_desa, jenis_sasaran)
);
GO

-- Large facts are clustered columnstore; the loader replaces rows by record key itself.
CREATE TABLE dbo.kunjungan (
    kode_puskesmas  VARCHAR(20) COLLATE Latin1_General_100_BIN2 NOT NULL,
    id_kunjungan    NVARCHAR(100) COLLATE Latin1_General_100_BIN2 NOT NULL,
    tanggal         DATE NOT NULL,
    id_orang        CHAR(64) NOT NULL,
    jenis_kelamin   CHAR(1) NULL,
    tanggal_lahir   DATE NULL,
    kode_desa       VARCHAR(13) NOT NULL,
    luar_wilayah    BIT NOT NULL,
    layanan         VARCHAR(40) NOT NULL,
    tempat          VARCHAR(20) NULL,
    sumber          NVARCHAR(400) NOT NULL,
    id_run          BIGINT NOT NULL,
    INDEX cci_kunjungan CLUSTERED COLUMNSTORE
);
GO

CREATE TABLE dbo.skrining (
    kode_puskesmas      VARCHAR(20) COLLATE Latin1_General_100_BIN2 NOT NULL,
    id_skrining         NVARCHAR(100) COLLATE Latin1_General_100_BIN2 NOT NULL,
    tanggal             DATE NOT NULL,
    id_orang            CHAR(64) NOT NULL,
    jenis_kelamin       CHAR(1) NULL,
    tanggal_lahir       DATE NOT NULL,
    kode_desa           VARCHAR(13) NOT NULL,
    luar_wilayah        BIT NOT NULL,
    sistolik            FLOAT NULL,
    diastolik           FLOAT NULL,
    gula_darah_sewaktu  FLOAT NULL,
    kolesterol_total    FLOAT NULL,
    skrining_tb         BIT NULL,
    skrining_kusta      BIT NULL,
    kegiatan            NVARCHAR(100) NULL,
    dirujuk             BIT NULL,
    sumber              NVARCHAR(400) NOT NULL,
    id_run              BIGINT NOT NULL,
    INDEX cci_skrining CLUSTERED COLUMNSTORE
);
GO

CREATE TABLE dbo.karantina (
    sumber          NVARCHAR(400) NOT NULL,
    baris           INT NULL,
    kolom           NVARCHAR(100) NULL,
    alasan          NVARCHAR(400) NOT NULL,
    isi             NVARCHAR(MAX) NULL,
    id_run          BIGINT NOT NULL
);
GO

CREATE TABLE dbo.etl_run (
    id_run              BIGINT IDENTITY(1, 1) NOT NULL CONSTRAINT pk_etl_run PRIMARY KEY,
    sumber              NVARCHAR(400) NOT NULL,
    mulai               DATETIME2 NOT NULL,
    selesai             DATETIME2 NULL,
    status              VARCHAR(20) NOT NULL,
    berkas              INT NOT NULL CONSTRAINT df_etl_run_berkas DEFAULT 0,
    baris_dibaca        BIGINT NOT NULL CONSTRAINT df_etl_run_dibaca DEFAULT 0,
    baris_dimuat        BIGINT NOT NULL CONSTRAINT df_etl_run_dimuat DEFAULT 0,
    baris_dikarantina   BIGINT NOT NULL CONSTRAINT df_etl_run_karantina DEFAULT 0,
    pesan_galat         NVARCHAR(MAX) NULL
);
GO

CREATE TABLE dbo.indikator (
    kode_indikator  VARCHAR(40) NOT NULL CONSTRAINT pk_indikator PRIMARY KEY,
    jenis_sasaran   VARCHAR(40) NOT NULL
);
GO

CREATE TABLE dbo.indikator_layanan (
    kode_indikator  VARCHAR(40) NOT NULL,
    layanan         VARCHAR(40) NOT NULL,
    CONSTRAINT pk_indikator_layanan PRIMARY KEY (kode_indikator, layanan)
);
GO

CREATE TABLE dbo.bulan (bulan INT NOT NULL CONSTRAINT pk_bulan PRIMARY KEY);
GO
INSERT INTO dbo.bulan (bulan) VALUES (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12);
GO

CREATE TABLE dbo.mart_capaian (
    kode_indikator  VARCHAR(40) NOT NULL,
    tahun           INT NOT NULL,
    bulan           INT NOT NULL,
    kode_desa       VARCHAR(13) NOT NULL,
    bulan_ini       INT NOT NULL,
    kumulatif       INT NOT NULL,
    sasaran         INT NULL,
    INDEX cci_mart_capaian CLUSTERED COLUMNSTORE
);
GO

CREATE TABLE dbo.stg_kunjungan (
    urutan          BIGINT NOT NULL,
    kode_puskesmas  VARCHAR(20) COLLATE Latin1_General_100_BIN2 NOT NULL,
    id_kunjungan    NVARCHAR(100) COLLATE Latin1_General_100_BIN2 NOT NULL,
    tanggal         DATE NOT NULL,
    id_orang        CHAR(64) NOT NULL,
    jenis_kelamin   CHAR(1) NULL,
    tanggal_lahir   DATE NULL,
    kode_desa       VARCHAR(13) NOT NULL,
    luar_wilayah    BIT NOT NULL,
    layanan         VARCHAR(40) NOT NULL,
    tempat          VARCHAR(20) NULL,
    sumber          NVARCHAR(400) NOT NULL
);
GO

CREATE TABLE dbo.stg_karantina (
    sumber          NVARCHAR(400) NOT NULL,
    baris           INT NULL,
    kolom           NVARCHAR(100) NULL,
    alasan          NVARCHAR(400) NOT NULL,
    isi             NVARCHAR(MAX) NULL
);
GO

CREATE TABLE dbo.stg_berkas (sumber NVARCHAR(400) NOT NULL CONSTRAINT pk_stg_berkas PRIMARY KEY);
GO
