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
    /// <param name="document">The file's path relative to the inbox: with a <c>urn:uuid:</c> fullUrl it
    /// names a Patient without a server id (<see cref="FhirEntry.PatientKey"/>).</param>
    /// <exception cref="UnreadableFileException">The file is empty, or a .json file is not a FHIR JSON
    /// document: it is quarantined whole.</exception>
    public static IEnumerable<FhirItem> Read(string path, string document)
    {
        if (new FileInfo(path).Length == 0) throw new UnreadableFileException("Berkas kosong (0 byte).");
        if (path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase)) return ReadLines(path, document);
        if (!path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            throw new UnreadableFileException("Berkas FHIR harus berakhiran .json atau .ndjson.");
        try
        {
            return FhirResourceParser.Parse(File.ReadAllText(path), null, document);
        }
        catch (JsonException e)
        {
            throw new UnreadableFileException($"Berkas bukan JSON FHIR yang sah: {Reason(e, 0)}");
        }
    }

    private static IEnumerable<FhirItem> ReadLines(string path, string document)
    {
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            IReadOnlyList<FhirItem> items;
            try
            {
                items = FhirResourceParser.Parse(line, number, document);
            }
            catch (JsonException e)
            {
                items = [FhirItem.Unreadable(number,
                    new FhirProblem($"baris {number}", $"baris {number} bukan JSON FHIR yang sah: {Reason(e, number - 1)}"))];
            }
            foreach (var item in items) yield return item;
        }
    }

    /// <summary>The parser's own message is English with a 0-based line; the puskesmas reads the file's line
    /// as its editor counts it. Our own exceptions (no resourceType) carry no position and are Indonesian.</summary>
    /// <param name="linesBefore">The lines of the file before the parsed text (an NDJSON line's number less one).</param>
    private static string Reason(JsonException e, int linesBefore) =>
        e.LineNumber is { } line
            ? $"JSON tidak sah di baris {linesBefore + line + 1}, kolom {(e.BytePositionInLine ?? 0) + 1}: " +
              "ada tanda kutip, koma atau kurung yang salah atau hilang, atau isinya terpotong"
            : FieldParsers.MaskNik(e.Message);
}
