-- Village boundaries for the map: a GeoJSON geometry (Polygon or MultiPolygon, longitude and latitude) per
-- Kemendagri village code. The demo, which has no licensed boundaries, stores a schematic map (skematis).
CREATE TABLE dbo.batas_desa (
    kode_desa   VARCHAR(20) NOT NULL CONSTRAINT pk_batas_desa PRIMARY KEY,
    geometri    NVARCHAR(MAX) NOT NULL,
    skematis    BIT NOT NULL,
    sumber      NVARCHAR(400) NOT NULL,
    dimuat_pada DATETIME2 NOT NULL
);
GO
