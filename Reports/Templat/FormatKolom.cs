namespace Pws.Reports.Templat;

/// <summary>How a template column's cells are formatted before anything is typed into them.</summary>
public enum FormatKolom
{
    /// <summary>Text: ids, NIK, record numbers and codes keep every digit and leading zero, and a period such as
    /// 2026-03 does not turn into a date.</summary>
    Teks,

    /// <summary>A date cell shown as yyyy-mm-dd, which the ETL reads as an Excel date.</summary>
    Tanggal,

    Angka,
}
