-- Accounts of the dashboard, managed on its /pengguna page. Only a password hash is kept (ASP.NET Core
-- Identity's format). Five failed sign-ins in a row lock the account until terkunci_sampai.
CREATE TABLE pengguna (
    nama                VARCHAR PRIMARY KEY,
    hash_kata_sandi     VARCHAR NOT NULL,
    peran               VARCHAR NOT NULL,      -- ADMIN, ANALIS_DINKES, BAPPEDA, KEPALA_PUSKESMAS
    kode_puskesmas      VARCHAR,
    kode_kabkota        VARCHAR,
    aktif               BOOLEAN NOT NULL,
    wajib_ganti_sandi   BOOLEAN NOT NULL,
    gagal_berturut      INTEGER NOT NULL,
    terkunci_sampai     TIMESTAMP,
    dibuat_pada         TIMESTAMP NOT NULL,
    diubah_pada         TIMESTAMP NOT NULL
);

-- Who did what and when: sign-ins, failures, lockouts, account changes, exports and API calls. Rows are only
-- ever added.
CREATE SEQUENCE jejak_audit_id START 1;

CREATE TABLE jejak_audit (
    id_jejak    BIGINT PRIMARY KEY DEFAULT nextval('jejak_audit_id'),
    waktu       TIMESTAMP NOT NULL,
    pengguna    VARCHAR,
    peristiwa   VARCHAR NOT NULL,
    sasaran     VARCHAR,                       -- the report, page or account acted on
    rincian     VARCHAR,                       -- the filters asked for, or what changed
    alamat_ip   VARCHAR
);
