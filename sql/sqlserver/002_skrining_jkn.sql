CREATE TABLE dbo.stg_skrining (
    urutan              BIGINT NOT NULL,
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
    sumber              NVARCHAR(400) NOT NULL
);
GO

-- JKN membership per village and month, as the BPJS/Dukcapil file states it.
CREATE TABLE dbo.jkn (
    tahun           INT NOT NULL,
    bulan           INT NOT NULL,
    kode_desa       VARCHAR(13) NOT NULL,
    penduduk        INT NOT NULL,
    peserta_jkn     INT NOT NULL,
    peserta_aktif   INT NOT NULL,
    CONSTRAINT pk_jkn PRIMARY KEY (tahun, bulan, kode_desa)
);
GO
