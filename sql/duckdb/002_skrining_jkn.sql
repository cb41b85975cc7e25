CREATE TABLE stg_skrining (
    urutan              BIGINT NOT NULL,
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
    sumber              VARCHAR NOT NULL
);

-- JKN membership per village and month, as the BPJS/Dukcapil file states it.
CREATE TABLE jkn (
    tahun           INTEGER NOT NULL,
    bulan           INTEGER NOT NULL,
    kode_desa       VARCHAR NOT NULL,
    penduduk        INTEGER NOT NULL,
    peserta_jkn     INTEGER NOT NULL,
    peserta_aktif   INTEGER NOT NULL,
    PRIMARY KEY (tahun, bulan, kode_desa)
);
