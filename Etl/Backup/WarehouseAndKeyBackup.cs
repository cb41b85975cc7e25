using Pws.Core.Serving;
using Pws.Core.Settings;
using Pws.Warehouse.Backup;
using Pws.Warehouse.Dialects;

namespace Pws.Etl.Backup;

/// <summary>A backup is worth nothing without the pseudonym key its people were made with: the warehouse is
/// copied consistently while in use, and the key beside it (readable by its owner only).</summary>
public static class WarehouseAndKeyBackup
{
    public static HandoffResult Run(Dialect dialect, PwsSettings settings, string target)
    {
        var copy = WarehouseBackup.Copy(dialect, target);
        if (!File.Exists(settings.KeyFile))
            return new HandoffResult(0, $"Cadangan gudang data ditulis ke {copy}. Kunci pseudonim {Path.GetFullPath(settings.KeyFile)} belum ada.", null);
        var key = copy + ".kunci";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var source = File.OpenRead(settings.KeyFile))
        using (var destination = new FileStream(key, options))
            source.CopyTo(destination);
        return new HandoffResult(0,
            $"Cadangan gudang data ditulis ke {copy}, kunci pseudonim ke {key}. Simpan keduanya di luar server, kunci di tempat yang terkunci: " +
            "tanpa kunci itu, orang di cadangan tidak dapat dihubungkan dengan data baru.", null);
    }
}
