using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Pws.Reports.Excel;

/// <summary>ClosedXML 0.95 writes the rows and columns repeated on every printed page as <c>Desa!A:B,Desa!4:4</c>;
/// Excel and LibreOffice only honour absolute, quoted references (<c>'Desa'!$A:$B,'Desa'!$4:$4</c>), so without
/// this the header row is printed on the first page only.</summary>
public static partial class PrintTitles
{
    public static void MakeAbsolute(Stream workbook)
    {
        using var document = SpreadsheetDocument.Open(workbook, true);
        var names = document.WorkbookPart!.Workbook.DefinedNames?.Elements<DefinedName>().Where(n => n.Name == "_xlnm.Print_Titles").ToList() ?? [];
        foreach (var name in names) name.Text = string.Join(',', name.Text.Split(',').Select(Absolute));
        document.WorkbookPart.Workbook.Save();
    }

    private static string Absolute(string reference)
    {
        var bang = reference.LastIndexOf('!');
        var sheet = reference[..bang].Trim('\'');
        var range = Part().Replace(reference[(bang + 1)..], m => m.Value.StartsWith('$') ? m.Value : "$" + m.Value);
        return $"'{sheet.Replace("'", "''")}'!{range}";
    }

    /// <summary>A column's letters or a row's number on either side of the colon.</summary>
    [GeneratedRegex(@"\$?[A-Z]+|\$?[0-9]+")]
    private static partial Regex Part();
}
