using Microsoft.Extensions.DependencyInjection;
using Pws.Reports.Definitions;
using Pws.Reports.Templat;
using Pws.Testing;

namespace Pws.Reports.Tests.Templat;

/// <summary>A warehouse of two puskesmas in Kabupaten Brebes, for the template tests: P1 serves 33.29.01.2001 and
/// 33.29.01.2002, P2 serves 33.29.02.2001. Templates are written as the dashboard writes them, for a user's area.</summary>
public sealed class TemplatWarehouse : IDisposable
{
    public static readonly string[] DesaP1 = ["33.29.01.2001", "33.29.01.2002"];

    public TestWarehouse Warehouse { get; } = new();
    private readonly TempFolder output = new();

    public TemplatWarehouse()
    {
        Warehouse.NewInbox()
            .File("master/puskesmas.csv", "kode_puskesmas,nama,kode_kecamatan", "P1,Puskesmas Satu,33.29.01", "P2,Puskesmas Dua,33.29.02")
            .File("master/wilayah_kerja.csv", "kode_puskesmas,kode_desa", "P1,33.29.01.2001", "P1,33.29.01.2002", "P2,33.29.02.2001");
        Warehouse.Import();
    }

    /// <summary>The template of <paramref name="jenis"/> as an analyst of the whole kabupaten downloads it.</summary>
    public string Analis(string jenis) => Write(jenis, AreaScope.Whole, "analis");

    /// <summary>The template of <paramref name="jenis"/> as P1's kepala puskesmas downloads it.</summary>
    public string KepalaP1(string jenis) => Write(jenis, AreaScope.Puskesmas("P1", DesaP1), "kapus-p1");

    public string this[string relative] => output[relative];

    private string Write(string jenis, AreaScope scope, string user)
    {
        var path = output[$"{user}-{jenis}.xlsx"];
        using var services = Warehouse.Services();
        using (var file = File.Create(path))
            services.GetRequiredService<TemplatBerkas>().Write(JenisTemplat.Find(jenis)!, scope, file);
        return path;
    }

    public void Dispose()
    {
        Warehouse.Dispose();
        output.Dispose();
    }
}
