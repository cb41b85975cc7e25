-- A fingerprint of the pseudonym key the warehouse's people were made with (never the key itself), so that a
-- missing or different key file stops the import instead of splitting every person from their history.
CREATE TABLE dbo.kunci_pseudonim (
    sidik           VARCHAR(64) NOT NULL CONSTRAINT pk_kunci_pseudonim PRIMARY KEY,
    dicatat_pada    DATETIME2 NOT NULL
);
GO
