-- What each inbox file was when it was last loaded (its size and a fingerprint of its content and of the
-- rules it was checked against), so that a nightly import reads only what changed.
CREATE TABLE dbo.berkas_dimuat (
    sumber          NVARCHAR(400) NOT NULL CONSTRAINT pk_berkas_dimuat PRIMARY KEY,
    ukuran          BIGINT NOT NULL,
    sidik           VARCHAR(100) NOT NULL,
    id_run          BIGINT NOT NULL
);
GO

ALTER TABLE dbo.stg_berkas ADD ukuran BIGINT NULL, sidik VARCHAR(100) NULL;
GO
