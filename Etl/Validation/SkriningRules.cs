using Pws.Core.Inbox;
using Pws.Etl.Inbox;

namespace Pws.Etl.Validation;

/// <summary>The data contract's rules for a <c>skrining</c> row (its columns: <see cref="JenisBerkas.Skrining"/>). A screening
/// counts even without any measurement; the birth date is required because age decides SPM06 or SPM07.</summary>
public static class SkriningRules
{
    public static (SkriningRow? Row, List<RowProblem> Problems) Check(SourceRecord record, RowContext context)
    {
        var problems = new List<RowProblem>();

        var id = record.Get("id_skrining");
        if (id.Length == 0) problems.Add(new("id_skrining", "id_skrining wajib diisi"));
        else if (id.Length > CommonRules.MaxIdLength) problems.Add(new("id_skrining", $"id_skrining lebih dari {CommonRules.MaxIdLength} karakter"));
        var tanggal = CommonRules.ServiceDate(record, "tanggal", context, problems);
        CommonRules.Puskesmas(record, context, problems);
        var idOrang = CommonRules.Person(record, context, problems);
        var jenisKelamin = CommonRules.JenisKelamin(record, problems);
        var tanggalLahir = CommonRules.TanggalLahir(record, tanggal, required: true, problems);
        var kodeDesa = CommonRules.KodeDesa(record, context, problems);

        var measures = RentangWajar.Skrining.Select(r => Measurement(record, r.Kolom, r.Min, r.Max, problems)).ToArray();
        var tb = Flag(record, "skrining_tb", problems);
        var kusta = Flag(record, "skrining_kusta", problems);
        var dirujuk = Flag(record, "dirujuk", problems);
        var kegiatan = record.Get("kegiatan");

        if (problems.Count > 0) return (null, problems);
        return (new SkriningRow(context.KodePuskesmas, id, tanggal!.Value, idOrang!, jenisKelamin, tanggalLahir!.Value,
            kodeDesa!, context.IsLuarWilayah(kodeDesa!), measures[0], measures[1], measures[2], measures[3],
            tb, kusta, kegiatan.Length == 0 ? null : kegiatan.ToUpperInvariant(), dirujuk), problems);
    }

    private static double? Measurement(SourceRecord record, string column, double min, double max, List<RowProblem> problems)
    {
        var text = record.Get(column);
        if (text.Length == 0) return null;
        var value = FieldParsers.ParseDecimal(text);
        if (value is null) problems.Add(new(column, $"{column} '{text}' bukan angka"));
        else if (value < min || value > max) problems.Add(new(column, $"{column} {text} di luar rentang wajar {min}-{max}"));
        else return value;
        return null;
    }

    private static bool? Flag(SourceRecord record, string column, List<RowProblem> problems)
    {
        switch (record.Get(column).ToUpperInvariant())
        {
            case "": return null;
            case "Y": return true;
            case "T": return false;
            default:
                problems.Add(new(column, $"{column} '{record.Get(column)}' harus Y, T atau kosong"));
                return null;
        }
    }
}
