-- A session is valid while the cookie's stamp equals the account's: sign-out, a password change or a reset gives the
-- account a new stamp, which ends every session signed in before it. Demo accounts are marked, so a production start
-- over a demo warehouse can disable them.
ALTER TABLE dbo.pengguna ADD stempel_keamanan VARCHAR(64) NULL, akun_demo BIT NOT NULL CONSTRAINT df_pengguna_akun_demo DEFAULT 0;
GO

UPDATE dbo.pengguna SET stempel_keamanan = CONVERT(VARCHAR(64), NEWID());
GO
