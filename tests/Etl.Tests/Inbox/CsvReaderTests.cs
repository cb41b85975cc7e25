using System.Text;
using Pws.Etl.Inbox;
using Pws.Testing;

namespace Pws.Etl.Tests.Inbox;

public sealed class CsvReaderTests
{
    private TempFolder folder = null!;

    [SetUp] public void Create() => folder = new TempFolder();
    [TearDown] public void Delete() => folder.Dispose();

    private TabularFile Open(string content, Encoding? encoding = null)
    {
        var path = folder["f.csv"];
        File.WriteAllText(path, content, encoding ?? new UTF8Encoding(false));
        return TabularFile.Open(path, "f.csv", ["a", "b"], ["c"]);
    }

    [Test]
    public void Semicolon_delimiter_is_detected_from_the_header()
    {
        var file = Open("a;b;c\n1;2,5;3\n");

        Assert.That(file.Records.Single().Values, Is.EqualTo(new Dictionary<string, string> { ["a"] = "1", ["b"] = "2,5", ["c"] = "3" }));
    }

    [Test]
    public void A_byte_order_mark_does_not_become_part_of_the_first_column_name()
    {
        var file = Open("a,b\n1,2\n", new UTF8Encoding(true));

        Assert.That(file.Records.Single().Get("a"), Is.EqualTo("1"));
    }

    [Test]
    public void Header_names_are_case_insensitive_and_may_be_surrounded_by_spaces()
    {
        var file = Open(" A , B \n1,2\n");

        Assert.That(file.Records.Single().Get("b"), Is.EqualTo("2"));
    }

    [Test]
    public void Unknown_columns_are_reported_once_and_ignored()
    {
        var file = Open("a,b,petugas\n1,2,Bidan\n3,4,Bidan\n");

        Assert.That(file.UnknownColumns, Is.EqualTo(new[] { "petugas" }));
        Assert.That(file.Records.Count(), Is.EqualTo(2));
    }

    [Test]
    public void A_quoted_field_may_hold_the_delimiter_quotes_and_a_line_break_and_lines_keep_file_numbering()
    {
        var records = Open("a,b\n\"x, \"\"y\"\"\",\"two\nlines\"\n3,4\n").Records.ToList();

        Assert.Multiple(() =>
        {
            Assert.That(records[0].Get("a"), Is.EqualTo("x, \"y\""));
            Assert.That(records[0].Get("b"), Is.EqualTo("two\nlines"));
            Assert.That(records[0].Line, Is.EqualTo(2));
            Assert.That(records[1].Line, Is.EqualTo(4));
        });
    }

    [Test]
    public void A_header_and_no_rows_is_a_valid_empty_file()
    {
        Assert.That(Open("a,b\n").Records, Is.Empty);
    }

    [Test]
    public void A_zero_byte_file_cannot_be_read()
    {
        Assert.That(() => Open(""), Throws.TypeOf<UnreadableFileException>().With.Message.Contains("kosong"));
    }

    [Test]
    public void A_header_without_a_required_column_cannot_be_read_and_names_the_column()
    {
        var error = Assert.Throws<UnreadableFileException>(() => Open("a,x\n1,2\n"));

        Assert.That(error!.Column, Is.EqualTo("b"));
        Assert.That(error.Message, Does.Contain("kolom wajib b"));
    }

    /// <summary>MySQL's SELECT ... INTO OUTFILE (SIKDA Generik's export) puts its escape character before a quote or
    /// backslash inside a quoted value, and, without quoting, before a delimiter, tab or line break inside a value.</summary>
    [Test]
    public void An_escape_character_keeps_quotes_delimiters_and_line_breaks_inside_the_value_and_the_null_marker_as_written()
    {
        static List<RawRow> Read(string content, char? quote, char delimiter) =>
            CsvReader.Rows(() => new MemoryStream(Encoding.UTF8.GetBytes(content)), new CsvReader.Options(delimiter, Encoding.UTF8, quote, '\\')).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(Read("\"1\",\"Ani \\\"Siti\\\", Bu\",\\N,\"C:\\\\x\"\n\"2\",\"b\",\"c\",\"d\"\n", '"', ',').Select(r => r.Fields),
                Is.EqualTo(new[] { new[] { "1", "Ani \"Siti\", Bu", "\\N", "C:\\x" }, ["2", "b", "c", "d"] }));
            var unquoted = Read("1\tJl. Raya\\\tNo. 5\tdua\\\nbaris\t\\N\n2\tx\ty\tz\n", null, '\t');
            Assert.That(unquoted.Select(r => r.Fields), Is.EqualTo(new[] { new[] { "1", "Jl. Raya\tNo. 5", "dua\nbaris", "\\N" }, ["2", "x", "y", "z"] }));
            Assert.That(unquoted.Select(r => r.Line), Is.EqualTo(new[] { 1, 3 }), "an escaped line break continues the row; the next keeps its line in the file");
        });
    }
}
