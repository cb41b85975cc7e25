-- The area this warehouse serves (a kabupaten/kota such as 33.29), recorded at its first import so that
-- every export, page and job reads the right villages without being told again.
CREATE TABLE wilayah_layanan (
    kode            VARCHAR PRIMARY KEY,
    dicatat_pada    TIMESTAMP NOT NULL
);

-- A warehouse imported before this table existed serves the kabupaten of its wilayah kerja.
INSERT INTO wilayah_layanan (kode, dicatat_pada)
SELECT min(substr(kode_desa, 1, 5)), current_timestamp
FROM wilayah_kerja
HAVING count(DISTINCT substr(kode_desa, 1, 5)) = 1;
