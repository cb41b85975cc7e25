using System.Globalization;
using Pws.Etl.Inbox;

namespace Pws.Etl.Validation;

/// <summary>Checks on every field of every row, whatever the file kind: text that was not UTF-8, hidden
/// control and text-direction characters that can disguise a value, and fields far longer than any value
/// of the contract.</summary>
public static class TextRules
{
    public const int FieldLengthLimit = 1000;

    public static IReadOnlyList<RowProblem> Check(SourceRecord record)
    {
        var problems = new List<RowProblem>();
        if (record.Problem is { } unreadable) problems.Add(new RowProblem(null, unreadable));
        foreach (var (column, value) in record.Values)
        {
            if (value.Length > FieldLengthLimit)
                problems.Add(new(column, $"isi kolom {column} terlalu panjang ({value.Length.ToString("#,0", Numbers)} karakter, paling banyak {FieldLengthLimit})"));
            else if (value.Contains('\uFFFD'))
                problems.Add(new(column, $"isi kolom {column} bukan teks UTF-8 (tampaknya disimpan sebagai ANSI/Latin-1): simpan ulang berkas sebagai CSV UTF-8"));
            else if (HiddenAt(value) is var at and >= 0)
                problems.Add(new(column, $"isi kolom {column} berisi karakter tersembunyi U+{(int)value[at]:X4} (kendali atau pengarah teks) yang dapat menyamarkan isinya"));
        }
        return problems;
    }

    /// <summary>Every field of every row passes here: a plain scan, no copy of the text.</summary>
    private static int HiddenAt(string value)
    {
        for (var i = 0; i < value.Length; i++)
            if (IsHidden(value[i])) return i;
        return -1;
    }

    /// <summary>Controls other than tab and line breaks, and the marks that reorder how text is shown.</summary>
    private static bool IsHidden(char c) =>
        (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
        || c is '\u200E' or '\u200F' or '\u061C' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\uFEFF';

    private static readonly CultureInfo Numbers = CultureInfo.GetCultureInfo("id-ID");
}
