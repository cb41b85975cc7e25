-- Accounts of the dashboard, managed on its /pengguna page. Only a password hash is kept (ASP.NET Core
-- Identity's format). Five failed sign-ins in a row lock the account until terkunci_sampai.
CREATE TABLE dbo.pengguna (
    nama                NVARCHAR(100) NOT NULL CONSTRAINT pk_pengguna PRIMARY KEY,
    hash_kata_sandi     VARCHAR(400) NOT NULL,
    peran               VARCHAR(40) NOT NULL,
    kode_puskesmas      VARCHAR(40) NULL,
    kode_kabkota        VARCHAR(20) NULL,
    aktif               BIT NOT NULL,
    wajib_ganti_sandi   BIT NOT NULL,
    gagal_berturut      INT NOT NULL,
    terkunci_sampai     DATETIME2 NULL,
    dibuat_pada         DATETIME2 NOT NULL,
    diubah_pada         DATETIME2 NOT NULL
);
GO

-- Who did what and when: sign-ins, failures, lockouts, account changes, exports and API calls. Rows are only
-- ever added.
CREATE TABLE dbo.jejak_audit (
    id_jejak    BIGINT IDENTITY(1, 1) NOT NULL CONSTRAINT pk_jejak_audit PRIMARY KEY,
    waktu       DATETIME2 NOT NULL,
    pengguna    NVARCHAR(100) NULL,
    peristiwa   VARCHAR(40) NOT NULL,
    sasaran     NVARCHAR(400) NULL,
    rincian     NVARCHAR(2000) NULL,
    alamat_ip   VARCHAR(64) NULL
);
GO

CREATE INDEX ix_jejak_audit_waktu ON dbo.jejak_audit (waktu);
GO
