using Pws.Testing;
using Pws.Warehouse.Dialects;

namespace Pws.Warehouse.Tests;

/// <summary>A warehouse that cannot be written is refused with a message a Dinkes technician can act on.</summary>
public sealed class DiskFaultTests
{
    [Test]
    public void A_warehouse_on_a_full_disk_is_refused_saying_so()
    {
        if (!File.Exists("/dev/full")) Assert.Ignore("/dev/full (a device that is always full) is not on this machine.");

        Assert.That(() => new DuckDbDialect("/dev/full").Open(), Throws.TypeOf<WarehouseUnavailableException>()
            .With.Message.Contains("disk penuh atau hanya-baca").And.Message.Contains("/dev/full"));
    }

    [Test]
    public void A_warehouse_whose_folder_cannot_be_made_is_refused_saying_so()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder["bukan-folder"], "");

        Assert.That(() => new DuckDbDialect(folder["bukan-folder/pws.duckdb"]).Open(), Throws.TypeOf<WarehouseUnavailableException>()
            .With.Message.Contains("tidak dapat dibuat").And.Message.Contains("bukan-folder"));
    }
}
