DELETE FROM dbo.fhir_watermark WHERE sumber = @sumber;
INSERT INTO dbo.fhir_watermark (sumber, last_updated) VALUES (@sumber, @last_updated);
