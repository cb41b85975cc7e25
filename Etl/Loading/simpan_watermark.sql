-- Replaced whole: the engines share no upsert syntax, and the row is tiny.
DELETE FROM fhir_watermark WHERE sumber = $sumber;
INSERT INTO fhir_watermark (sumber, last_updated) VALUES ($sumber, $last_updated);
