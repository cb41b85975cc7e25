using Pws.Reports.Wilayah;

namespace Pws.Reports.Definitions;

/// <summary>The name a report, page or workbook gives the area it covers: a puskesmas by its name, a kabupaten/kota of a
/// province by its name, otherwise the whole served area.</summary>
public static class NamaWilayah
{
    public static string NamaUntuk(this AreaQuery area, AreaScope scope) => area.NamaUntuk(scope.KodePuskesmas, scope.KodeKabKota);

    public static string NamaUntuk(this AreaQuery area, string? kodePuskesmas, string? kodeKabKota) =>
        kodePuskesmas is { } kode ? area.Puskesmas().FirstOrDefault(p => p.Kode == kode)?.Nama ?? kode
        : kodeKabKota is { } kabKota ? area.Nama(kabKota)
        : area.NamaKabupaten();
}
