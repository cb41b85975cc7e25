-- Village boundaries for the map: a GeoJSON geometry (Polygon or MultiPolygon, longitude and latitude) per
-- Kemendagri village code. The demo, which has no licensed boundaries, stores a schematic map (skematis).
CREATE TABLE batas_desa (
    kode_desa   VARCHAR PRIMARY KEY,
    geometri    VARCHAR NOT NULL,
    skematis    BOOLEAN NOT NULL,
    sumber      VARCHAR NOT NULL,
    dimuat_pada TIMESTAMP NOT NULL
);
