using Pws.Etl.Inbox;
using Pws.Etl.Pseudonymization;
using Pws.Etl.Validation;
using Pws.Core.Catalog;

namespace Pws.Etl.Tests.Validation;

public sealed class KunjunganRulesTests
{
    private static readonly RowContext Context = new("P1", new HashSet<string> { "33.29.01.2001", "33.28.01.2001" }, "33.29",
        IndicatorCatalog.Load().Layanan, new DateOnly(2025, 6, 30), new Pseudonymizer(new byte[32]));

    private static SourceRecord Row(Action<Dictionary<string, string>>? change = null)
    {
        var values = new Dictionary<string, string>
        {
            ["id_kunjungan"] = "K-1", ["tanggal"] = "2025-03-01", ["kode_puskesmas"] = "P1", ["nik"] = "3329014303040356",
            ["no_rm"] = "", ["jenis_kelamin"] = "P", ["tanggal_lahir"] = "1990-01-01", ["kode_desa"] = "33.29.01.2001",
            ["layanan"] = "ANC_K1", ["tempat"] = "POSYANDU",
        };
        change?.Invoke(values);
        return new SourceRecord(2, values, "");
    }

    [Test]
    public void A_complete_row_passes_with_a_pseudonym_instead_of_the_NIK()
    {
        var (row, problems) = KunjunganRules.Check(Row(), Context);

        Assert.That(problems, Is.Empty);
        Assert.That(row!.IdOrang, Has.Length.EqualTo(64).And.Not.Contains("3329014303040356"));
        Assert.That(row.LuarWilayah, Is.False);
    }

    private static IEnumerable<TestCaseData> BadRows()
    {
        TestCaseData Case(string name, Action<Dictionary<string, string>> change, string column, string reason) =>
            new TestCaseData(change, column, reason).SetName("Rejected: " + name);
        yield return Case("missing id", v => v["id_kunjungan"] = "", "id_kunjungan", "wajib diisi");
        yield return Case("future date", v => v["tanggal"] = "2025-07-01", "tanggal", "masa depan");
        yield return Case("before 2000", v => v["tanggal"] = "1999-12-31", "tanggal", "sebelum tahun 2000");
        yield return Case("not a date", v => v["tanggal"] = "31/02/2025", "tanggal", "bukan tanggal yang sah");
        yield return Case("other puskesmas", v => v["kode_puskesmas"] = "P2", "kode_puskesmas", "tidak sama dengan folder");
        yield return Case("NIK of 15 digits", v => v["nik"] = "332901430304035", "nik", "16 digit");
        yield return Case("NIK with letters", v => v["nik"] = "33290143030403AB", "nik", "16 digit");
        yield return Case("neither NIK nor no_rm", v => v["nik"] = "", "nik", "salah satu wajib diisi");
        yield return Case("sex not L or P", v => v["jenis_kelamin"] = "W", "jenis_kelamin", "harus L atau P");
        yield return Case("born after the visit", v => v["tanggal_lahir"] = "2025-03-02", "tanggal_lahir", "sesudah tanggal pelayanan");
        yield return Case("unknown village", v => v["kode_desa"] = "33.29.99.2999", "kode_desa", "tidak terdaftar");
        yield return Case("malformed village", v => v["kode_desa"] = "33291", "kode_desa", "bukan kode desa 10 digit");
        yield return Case("unknown service", v => v["layanan"] = "ANC_K9", "layanan", "tidak ada di katalog");
        yield return Case("unknown setting", v => v["tempat"] = "RUMAH", "tempat", "tidak dikenal");
    }

    [TestCaseSource(nameof(BadRows))]
    public void A_bad_row_is_rejected_naming_the_column_and_the_reason(Action<Dictionary<string, string>> change, string column, string reason)
    {
        var (row, problems) = KunjunganRules.Check(Row(change), Context);

        Assert.That(row, Is.Null);
        Assert.That(problems.First().Kolom, Is.EqualTo(column));
        Assert.That(problems.First().Alasan, Does.Contain(reason));
    }

    [Test]
    public void Without_NIK_the_medical_record_number_identifies_the_person_within_the_puskesmas()
    {
        var (row, _) = KunjunganRules.Check(Row(v => { v["nik"] = ""; v["no_rm"] = "RM-77"; }), Context);

        Assert.That(row!.IdOrang, Is.EqualTo(Context.Pseudonymizer.ForMedicalRecord("P1", "RM-77")));
    }

    [Test]
    public void A_resident_of_another_kabupaten_is_kept_as_luar_wilayah()
    {
        var (row, _) = KunjunganRules.Check(Row(v => v["kode_desa"] = "3328012001"), Context);

        Assert.That(row!.KodeDesa, Is.EqualTo("33.28.01.2001"));
        Assert.That(row.LuarWilayah, Is.True);
    }

    [Test]
    public void Service_and_setting_codes_are_read_in_any_letter_case()
    {
        var (row, _) = KunjunganRules.Check(Row(v => { v["layanan"] = "anc_k1"; v["tempat"] = "posyandu"; }), Context);

        Assert.That((row!.Layanan, row.Tempat), Is.EqualTo(("ANC_K1", "POSYANDU")));
    }
}
