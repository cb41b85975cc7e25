using Pws.Reports.KualitasData;
using Pws.Testing;

namespace Pws.Reports.Tests.KualitasData;

public sealed class ObservasiMenungguQueryTests
{
    private const string Observation = """
        {"resourceType":"Observation","id":"{0}","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"8480-6"}]},
         "subject":{"reference":"Patient/{1}"},"effectiveDateTime":"{2}","valueQuantity":{"value":140,"unit":"mm[Hg]","code":"mm[Hg]"}}
        """;

    [Test]
    public void Observations_without_their_Patient_are_listed_per_puskesmas_and_patient_reference_with_the_oldest_date()
    {
        using var warehouse = new TestWarehouse();
        string Obs(string id, string patient, string date) =>
            Observation.Replace("{0}", id).Replace("{1}", patient).Replace("{2}", date).ReplaceLineEndings(" ");
        warehouse.NewInbox()
            .File("master/puskesmas.csv", "kode_puskesmas,nama,kode_kecamatan", "P1,Puskesmas Satu,33.29.01")
            .File("master/wilayah_kerja.csv", "kode_puskesmas,kode_desa", "P1,33.29.01.2001")
            .File("P1/fhir/2026.ndjson", Obs("o-1", "BELUM", "2026-03-05"), Obs("o-2", "BELUM", "2026-02-27T23:30:00Z"), Obs("o-3", "LAIN", "2026-04-01"));
        warehouse.Import();

        var rows = new ObservasiMenungguQuery(warehouse.Dialect).All();

        Assert.That(rows.Select(w => $"{w.NamaPuskesmas} {w.RujukanPatient} {w.Observasi} {w.TanggalTertua:yyyy-MM-dd}"), Is.EqualTo(new[]
        {
            "Puskesmas Satu Patient/BELUM 2 2026-02-28",
            "Puskesmas Satu Patient/LAIN 1 2026-04-01",
        }), "23:30 UTC on 27 February is 28 February in Jakarta");
    }
}
