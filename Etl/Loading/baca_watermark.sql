SELECT last_updated FROM fhir_watermark WHERE sumber = $sumber;
