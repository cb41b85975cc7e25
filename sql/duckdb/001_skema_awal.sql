-- Area hierarchy (Kemendagri codes, dotted canonical form). A row is valid from berlaku_dari until
-- berlaku_sampai (NULL = still valid), so a village split keeps its history attributable.
CREATE TABLE wilayah (
    kode            VARCHAR NOT NULL,
    kode_induk      VARCHAR,
    tingkat         TINYINT NOT NULL,      -- 1 provinsi, 2 kabupaten/kota, 3 kecamatan, 4 desa/kelurahan
    nama            VARCHAR NOT NULL,
    berlaku_dari    DATE NOT NULL,
    berlaku_sampai  DATE,
    PRIMARY KEY (kode, berlaku_dari)
);

CREATE TABLE puskesmas (
    kode_puskesmas  VARCHAR PRIMARY KEY,
    nama            VARCHAR NOT NULL,
    kode_kecamatan  VARCHAR NOT NULL
);

CREATE TABLE wilayah_kerja (
    kode_puskesmas  VARCHAR NOT NULL,
    kode_desa       VARCHAR NOT NULL,
    PRIMARY KEY (kode_puskesmas, kode_desa)
);

CREATE TABLE sasaran (
    tahun           INTEGER NOT NULL,
    kode_desa       VARCHAR NOT NULL,
    jenis_sasaran   VARCHAR NOT NULL,
    jumlah          INTEGER NOT NULL,
    PRIMARY KEY (tahun, kode_desa, jenis_sasaran)
);

-- Facts carry no primary key: the loader replaces rows by record key itself, and large appends
-- stay cheap without an index to maintain.
CREATE TABLE kunjungan (
    kode_puskesmas  VARCHAR NOT NULL,
    id_kunjungan    VARCHAR NOT NULL,
    tanggal         DATE NOT NULL,
    id_orang        VARCHAR NOT NULL,      -- HMAC pseudonym, never the NIK
    jenis_kelamin   VARCHAR,
    tanggal_lahir   DATE,
    kode_desa       VARCHAR NOT NULL,
    luar_wilayah    BOOLEAN NOT NULL,
    layanan         VARCHAR NOT NULL,
    tempat          VARCHAR,
    sumber          VARCHAR NOT NULL,
    id_run          BIGINT NOT NULL
);

CREATE TABLE skrining (
    kode_puskesmas      VARCHAR NOT NULL,
    id_skrining         VARCHAR NOT NULL,
    tanggal             DATE NOT NULL,
    id_orang            VARCHAR NOT NULL,
    jenis_kelamin       VARCHAR,
    tanggal_lahir       DATE NOT NULL,
    kode_desa           VARCHAR NOT NULL,
    luar_wilayah        BOOLEAN NOT NULL,
    sistolik            DOUBLE,
    diastolik           DOUBLE,
    gula_darah_sewaktu  DOUBLE,
    kolesterol_total    DOUBLE,
    skrining_tb         BOOLEAN,
    skrining_kusta      BOOLEAN,
    kegiatan            VARCHAR,
    dirujuk             BOOLEAN,
    sumber              VARCHAR NOT NULL,
    id_run              BIGINT NOT NULL
);

-- The current state of bad input: one entry per bad row or unreadable file.
CREATE TABLE karantina (
    sumber          VARCHAR NOT NULL,
    baris           INTEGER,
    kolom           VARCHAR,
    alasan          VARCHAR NOT NULL,
    isi             VARCHAR,
    id_run          BIGINT NOT NULL
);

CREATE SEQUENCE etl_run_id START 1;

CREATE TABLE etl_run (
    id_run              BIGINT PRIMARY KEY DEFAULT nextval('etl_run_id'),
    sumber              VARCHAR NOT NULL,
    mulai               TIMESTAMP NOT NULL,
    selesai             TIMESTAMP,
    status              VARCHAR NOT NULL,  -- BERJALAN, BERHASIL, GAGAL
    berkas              INTEGER NOT NULL DEFAULT 0,
    baris_dibaca        BIGINT NOT NULL DEFAULT 0,
    baris_dimuat        BIGINT NOT NULL DEFAULT 0,
    baris_dikarantina   BIGINT NOT NULL DEFAULT 0,
    pesan_galat         VARCHAR
);

-- Indicator catalog as last synchronised from the catalog file, so marts can be built in SQL.
CREATE TABLE indikator (
    kode_indikator  VARCHAR PRIMARY KEY,
    jenis_sasaran   VARCHAR NOT NULL
);

CREATE TABLE indikator_layanan (
    kode_indikator  VARCHAR NOT NULL,
    layanan         VARCHAR NOT NULL,
    PRIMARY KEY (kode_indikator, layanan)
);

CREATE TABLE bulan (bulan INTEGER PRIMARY KEY);
INSERT INTO bulan VALUES (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12);

-- Per village, indicator and month: people newly served (rule of first service), their running
-- total, and the sasaran (NULL when unknown).
CREATE TABLE mart_capaian (
    kode_indikator  VARCHAR NOT NULL,
    tahun           INTEGER NOT NULL,
    bulan           INTEGER NOT NULL,
    kode_desa       VARCHAR NOT NULL,
    bulan_ini       INTEGER NOT NULL,
    kumulatif       INTEGER NOT NULL,
    sasaran         INTEGER
);

-- Staging tables: filled by the bulk loader during a run, merged into the facts in one transaction.
CREATE TABLE stg_kunjungan (
    urutan          BIGINT NOT NULL,
    kode_puskesmas  VARCHAR NOT NULL,
    id_kunjungan    VARCHAR NOT NULL,
    tanggal         DATE NOT NULL,
    id_orang        VARCHAR NOT NULL,
    jenis_kelamin   VARCHAR,
    tanggal_lahir   DATE,
    kode_desa       VARCHAR NOT NULL,
    luar_wilayah    BOOLEAN NOT NULL,
    layanan         VARCHAR NOT NULL,
    tempat          VARCHAR,
    sumber          VARCHAR NOT NULL
);

CREATE TABLE stg_karantina (
    sumber          VARCHAR NOT NULL,
    baris           INTEGER,
    kolom           VARCHAR,
    alasan          VARCHAR NOT NULL,
    isi             VARCHAR
);

-- Files read by a run: their earlier quarantine entries are replaced by this run's.
CREATE TABLE stg_berkas (sumber VARCHAR PRIMARY KEY);
