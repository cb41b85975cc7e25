INSERT OR REPLACE INTO fhir_watermark (sumber, last_updated) VALUES ($sumber, $last_updated);
