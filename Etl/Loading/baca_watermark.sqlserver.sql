SELECT last_updated FROM dbo.fhir_watermark WHERE sumber = @sumber;
