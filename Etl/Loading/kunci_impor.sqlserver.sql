-- One import at a time on the server (the dashboard's job and a command-line import share the staging
-- tables); the lock belongs to this connection and ends with it.
DECLARE @hasil INT;
EXEC @hasil = sp_getapplock @Resource = N'pws-impor', @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = 3600000;
SELECT @hasil;
