using System.Text.Json.Nodes;
using Pws.Core.Area;
using Pws.Core.Catalog;
using Pws.Reports.Definitions;
using Pws.Reports.Freshness;
using Pws.Reports.Pws;
using Pws.Reports.Wilayah;
using Pws.Testing;

namespace Pws.Reports.Tests.Pws;

public sealed class AddedIndicatorTests
{
    [Test]
    public void A_deployment_adds_an_indicator_by_editing_its_catalog_file_only()
    {
        using var warehouse = new TestWarehouse();
        using var folder = new TempFolder();
        var json = JsonNode.Parse(File.ReadAllText(IndicatorCatalog.ShippedFile))!;
        json["indikator"]!.AsArray().Add(JsonNode.Parse("""
            { "kode": "K1_MURNI", "nama": "K1 murni", "klaster": 2, "kelompok": "PWS", "layanan": ["ANC_K1"], "sasaran": "IBU_HAMIL", "target": 80 }
            """));
        File.WriteAllText(folder["indikator.json"], json.ToJsonString());
        warehouse.Settings = warehouse.Settings with { CatalogFile = folder["indikator.json"] };
        warehouse.NewInbox()
            .File("master/sasaran_2025.csv", "tahun,kode_desa,jenis_sasaran,jumlah", "2025,33.29.01.2001,IBU_HAMIL,10")
            .File("P1/kunjungan_2025.csv", InboxBuilder.KunjunganHeader, InboxBuilder.Visit("K-1", "2025-02-01", "P1", "3329010101900001", "33.29.01.2001"));

        warehouse.Import();
        var catalog = IndicatorCatalog.Load(warehouse.Settings.CatalogFile);
        var desa = PwsQueryFor(warehouse, catalog).Run("K1_MURNI", new Periode(2025, 3)).Desa.Single(d => d.KodeDesa == "33.29.01.2001");

        Assert.That((desa.Kumulatif, desa.CakupanKumulatif, desa.TargetKumulatif), Is.EqualTo((1, (double?)10.0, 20.0)));
    }

    private static PwsQuery PwsQueryFor(TestWarehouse warehouse, IndicatorCatalog catalog)
    {
        var servedArea = new ServedArea(warehouse.Dialect, warehouse.Settings);
        var data = new DataVersion(warehouse.Dialect);
        return new(warehouse.Dialect, catalog, servedArea, new AreaRollups(warehouse.Dialect, servedArea, data),
            new PwsBulanan(warehouse.Dialect, servedArea, data));
    }
}
