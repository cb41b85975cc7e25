namespace Pws.Reports.Templat;

/// <summary>Where a coded column's drop-down takes its values from.</summary>
public enum DaftarKode
{
    Layanan,
    Tempat,
    JenisKelamin,
    YaTidak,
    JenisSasaran,
    Desa,
    Puskesmas,
}
