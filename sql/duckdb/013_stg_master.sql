-- Master rows staged in bulk and merged in one statement each: a province's sasaran and JKN figures are a hundred
-- thousand rows, too many to replace one statement at a time.
CREATE TABLE stg_sasaran (
    tahun           INTEGER NOT NULL,
    kode_desa       VARCHAR NOT NULL,
    jenis_sasaran   VARCHAR NOT NULL,
    jumlah          INTEGER NOT NULL
);

CREATE TABLE stg_jkn (
    tahun           INTEGER NOT NULL,
    bulan           INTEGER NOT NULL,
    kode_desa       VARCHAR NOT NULL,
    penduduk        INTEGER NOT NULL,
    peserta_jkn     INTEGER NOT NULL,
    peserta_aktif   INTEGER NOT NULL
);
