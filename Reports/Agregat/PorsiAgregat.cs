namespace Pws.Reports.Agregat;

/// <summary>How much of a figure came from a puskesmas's monthly counts rather than people, 0-100. The rule of first
/// service cannot be checked across puskesmas for counts (a mother counted by two puskesmas counts twice), so every
/// figure says this beside it. A figure of 0 has no part from counts: 0.</summary>
public static class PorsiAgregat
{
    public static double Of(long dariAgregat, long jumlah) => jumlah > 0 ? dariAgregat * 100.0 / jumlah : 0;

    /// <summary>The mark beside a name on a chart whose figure rests partly on counts.</summary>
    public static string Tanda(double porsi) => porsi > 0 ? " *" : "";

    /// <summary>The note a workbook's first sheet carries after its description when a figure rests partly on counts.</summary>
    public static string Catatan(double porsi, string angka) => porsi > 0
        ? $" Catatan: {Formatting.Indonesian.Percent(porsi)} % dari {angka} berasal dari data agregat (jumlah bulanan yang dilaporkan " +
          "puskesmas, bukan data per orang), yang tidak dapat diperiksa dengan aturan pelayanan pertama antarpuskesmas; rinciannya di kolom " +
          "\"Dari agregat (%)\"."
        : "";

    /// <summary>What the mark means, for a chart's legend, a page and a workbook's first sheet.</summary>
    public const string Keterangan =
        "* sebagian atau seluruh angka berasal dari data agregat (jumlah bulanan yang dilaporkan puskesmas, bukan data per orang): " +
        "aturan pelayanan pertama tidak dapat diperiksa antarpuskesmas, sehingga orang yang sama dapat terhitung dua kali.";
}
