-- A copy-only full backup (it does not disturb the DBA's backup chain), written on the SQL Server machine.
BACKUP DATABASE @database TO DISK = @tujuan WITH COPY_ONLY, INIT, CHECKSUM;
