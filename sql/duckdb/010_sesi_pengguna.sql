-- A session is valid while the cookie's stamp equals the account's: sign-out, a password change or a reset gives the
-- account a new stamp, which ends every session signed in before it. Demo accounts are marked, so a production start
-- over a demo warehouse can disable them.
ALTER TABLE pengguna ADD COLUMN stempel_keamanan VARCHAR;
ALTER TABLE pengguna ADD COLUMN akun_demo BOOLEAN DEFAULT false;
UPDATE pengguna SET stempel_keamanan = CAST(uuid() AS VARCHAR), akun_demo = false;
