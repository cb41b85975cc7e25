-- The area this warehouse serves (a kabupaten/kota such as 33.29), recorded at its first import so that
-- every export, page and job reads the right villages without being told again.
CREATE TABLE dbo.wilayah_layanan (
    kode            VARCHAR(13) NOT NULL CONSTRAINT pk_wilayah_layanan PRIMARY KEY,
    dicatat_pada    DATETIME2 NOT NULL
);
GO

-- A warehouse imported before this table existed serves the kabupaten of its wilayah kerja.
INSERT INTO dbo.wilayah_layanan (kode, dicatat_pada)
SELECT min(substring(kode_desa, 1, 5)), sysutcdatetime()
FROM dbo.wilayah_kerja
HAVING count(DISTINCT substring(kode_desa, 1, 5)) = 1;
GO
