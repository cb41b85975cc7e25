-- What each inbox file was when it was last loaded (its size and a fingerprint of its content and of the
-- rules it was checked against), so that a nightly import reads only what changed.
CREATE TABLE berkas_dimuat (
    sumber          VARCHAR PRIMARY KEY,
    ukuran          BIGINT NOT NULL,
    sidik           VARCHAR NOT NULL,
    id_run          BIGINT NOT NULL
);

ALTER TABLE stg_berkas ADD COLUMN ukuran BIGINT;
ALTER TABLE stg_berkas ADD COLUMN sidik VARCHAR;
