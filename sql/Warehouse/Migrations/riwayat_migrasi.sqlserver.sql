IF OBJECT_ID(N'dbo.schema_migrasi', N'U') IS NULL
    CREATE TABLE dbo.schema_migrasi (
        versi           INT NOT NULL CONSTRAINT pk_schema_migrasi PRIMARY KEY,
        nama            NVARCHAR(200) NOT NULL,
        diterapkan_pada DATETIME2 NOT NULL
    );
