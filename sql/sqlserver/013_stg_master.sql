-- Master rows staged in bulk and merged in one statement each: a province's sasaran and JKN figures are a hundred
-- thousand rows, too many to replace one statement at a time.
CREATE TABLE dbo.stg_sasaran (
    tahun           INT NOT NULL,
    kode_desa       VARCHAR(13) NOT NULL,
    jenis_sasaran   VARCHAR(40) NOT NULL,
    jumlah          INT NOT NULL
);
GO

CREATE TABLE dbo.stg_jkn (
    tahun           INT NOT NULL,
    bulan           INT NOT NULL,
    kode_desa       VARCHAR(13) NOT NULL,
    penduduk        INT NOT NULL,
    peserta_jkn     INT NOT NULL,
    peserta_aktif   INT NOT NULL
);
GO
