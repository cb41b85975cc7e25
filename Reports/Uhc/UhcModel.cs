using Pws.Reports.Definitions;

namespace Pws.Reports.Uhc;

/// <summary>JKN participation of the reader's villages in one month, and their total.</summary>
public sealed record UhcModel(Periode Periode, IReadOnlyList<UhcRow> Rows, UhcRow Total);
