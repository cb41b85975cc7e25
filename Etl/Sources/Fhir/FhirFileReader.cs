using System.Text.Json;
using Pws.Etl.Inbox;
using Pws.Etl.Validation;

namespace Pws.Etl.Sources.Fhir;

/// <summary>Reads <c>&lt;inbox&gt;/&lt;kode_puskesmas&gt;/fhir/*.json|*.ndjson</c>: a .json file is one Bundle
/// (of any type) or one resource; an .ndjson file is one resource per line, blank lines ignored.</summary>
public static class FhirFileReader
{
    /// <summary>The resources of the file, in order. NDJSON lines are read as they are enumerated, and a
    /// broken line becomes an item with its line number and reason while the other lines still load.</summary>
    /// <exception cref="UnreadableFileException">The file is empty, or a .json file is not a FHIR JSON
    /// document: it is quarantined whole.</exception>
    public static IEnumerable<FhirItem> Read(string path)
    {
        if (new FileInfo(path).Length == 0) throw new UnreadableFileException("Berkas kosong (0 byte).");
        if (path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase)) return ReadLines(path);
        if (!path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            throw new UnreadableFileException("Berkas FHIR harus berakhiran .json atau .ndjson.");
        try
        {
            return FhirResourceParser.Parse(File.ReadAllText(path), null);
        }
        catch (JsonException e)
        {
            throw new UnreadableFileException($"Berkas bukan JSON FHIR yang sah: {FieldParsers.MaskNik(e.Message)}");
        }
    }

    private static IEnumerable<FhirItem> ReadLines(string path)
    {
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            IReadOnlyList<FhirItem> items;
            try
            {
                items = FhirResourceParser.Parse(line, number);
            }
            catch (JsonException e)
            {
                items = [FhirItem.Unreadable(number,
                    new FhirProblem($"baris {number}", $"baris {number} bukan JSON FHIR yang sah: {FieldParsers.MaskNik(e.Message)}"))];
            }
            foreach (var item in items) yield return item;
        }
    }
}
