-- A fingerprint of the pseudonym key the warehouse's people were made with (never the key itself), so that a
-- missing or different key file stops the import instead of splitting every person from their history.
CREATE TABLE kunci_pseudonim (
    sidik           VARCHAR PRIMARY KEY,
    dicatat_pada    TIMESTAMP NOT NULL
);
