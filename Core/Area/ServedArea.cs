using System.Data.Common;
using Pws.Core.Settings;
using Pws.Warehouse.Dialects;
using Pws.Warehouse.Wilayah;

namespace Pws.Core.Area;

/// <summary>The kabupaten/kota (33.29) or province (33) this process serves, one per composition root. It is settled
/// once, from <c>Pws:Kabupaten</c> (or <c>--kabupaten</c>) checked against the area the warehouse recorded, or, for a
/// warehouse nobody named an area for, by the first import that can tell it; after that it never changes, so no
/// reader depends on when it was first asked.</summary>
public sealed class ServedArea
{
    private readonly Dialect dialect;
    private readonly string? configured;
    private readonly Lock settling = new();
    private string? kode;

    public ServedArea(Dialect dialect, PwsSettings settings)
    {
        this.dialect = dialect;
        configured = AreaRecord.Normalize(settings.Kabupaten);
    }

    /// <summary>The area served. The first reader settles it from configuration and the warehouse's record; a
    /// disagreement between them, or a warehouse with neither, is refused (<see cref="ServedAreaException"/>) and
    /// asked again next time, since an import may still tell it.</summary>
    public string Kode => Volatile.Read(ref kode) ?? Settle();

    /// <summary>A province deployment serves every kabupaten/kota of its province.</summary>
    public bool IsProvince => AreaRecord.IsProvince(Kode);

    /// <summary>For an import, on its connection: checks the area against the warehouse's record, records it there when
    /// the warehouse has none yet (or infers it from the wilayah kerja loaded), and settles it; null while it cannot be
    /// known. One import at a time claims it, so two first imports cannot settle different areas.</summary>
    public string? Claim(DbConnection connection, DateTime now)
    {
        lock (settling)
        {
            var area = AreaRecord.Claim(dialect, connection, kode ?? configured, now);
            if (area is not null) Volatile.Write(ref kode, area);
            return area;
        }
    }

    /// <summary>Refuses work that names another area than the one served (a hand-off's <c>--kabupaten</c>).</summary>
    public void Confirm(string? asked) => AreaRecord.Decide(AreaRecord.Normalize(asked), Kode, dialect.Location);

    private string Settle()
    {
        lock (settling)
        {
            if (kode is null) Volatile.Write(ref kode, AreaRecord.Resolve(dialect, configured));
            return kode!;
        }
    }
}
