using System.Globalization;
using Pws.Etl.Sources.Profil;

namespace Pws.Etl.Tests.Sources.Profil;

/// <summary>The hand-written reader of numeric date formats gives exactly what the framework's parser gives.</summary>
public sealed class NumericDateTests
{
    private static readonly string[] Formats = ["dd-MM-yyyy", "d/M/yyyy", "yyyy-MM-dd", "dd.MM.yyyy", "yyyyMMdd", "M/d/yyyy", "d-M-yyyy"];

    private static readonly string[] Texts =
    [
        "05-03-2025", "5-3-2025", "5/3/2025", "05/03/2025", "31/12/2024", "29-02-2024", "29-02-2025", "31-04-2025", "00-01-2025",
        "15-13-2025", "2025-03-05", "2025-3-5", "20250305", "2025030", "05.03.2025", "5.3.2025", "12/31/2024", "1/1/0001",
        "05-03-25", "05-03-20255", "05--03-2025", "05-03-2025x", "", "-", "5/03/2025", "05/3/2025", "123/4/2025", "1/1/2025 ",
    ];

    private static IEnumerable<TestCaseData> Cases() =>
        Formats.SelectMany(f => Texts.Select(t => new TestCaseData(f, t).SetArgDisplayNames(f, t)));

    [TestCaseSource(nameof(Cases))]
    public void Reads_a_numeric_format_as_the_framework_does(string format, string text)
    {
        var framework = DateOnly.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var expected);

        var reader = NumericDate.For(format);

        Assert.That(reader, Is.Not.Null);
        Assert.That(reader!.TryParse(text, out var date), Is.EqualTo(framework));
        if (framework) Assert.That(date, Is.EqualTo(expected));
    }

    [TestCase("d MMMM yyyy")]
    [TestCase("dd-MM-yy")]
    [TestCase("serial")]
    [TestCase("dMyyyy")]
    public void A_format_with_names_short_years_or_ambiguous_widths_is_left_to_the_framework(string format) =>
        Assert.That(NumericDate.For(format), Is.Null);
}
