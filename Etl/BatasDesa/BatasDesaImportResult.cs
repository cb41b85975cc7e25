namespace Pws.Etl.BatasDesa;

/// <summary>What a boundary file gave: the villages loaded, and every feature that was not, with why.</summary>
public sealed record BatasDesaImportResult(string Berkas, int Dimuat, IReadOnlyList<string> TidakDimuat)
{
    public int ExitCode => Dimuat == 0 ? 1 : TidakDimuat.Count > 0 ? 3 : 0;

    public override string ToString()
    {
        var lines = new List<string> { $"{Dimuat} desa dimuat dari {Berkas}." };
        if (TidakDimuat.Count > 0)
        {
            lines.Add($"{TidakDimuat.Count} fitur tidak dimuat:");
            lines.AddRange(TidakDimuat.Select(t => "  " + t));
        }
        return string.Join(Environment.NewLine, lines);
    }
}
