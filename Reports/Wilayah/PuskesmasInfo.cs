namespace Pws.Reports.Wilayah;

public sealed record PuskesmasInfo(string Kode, string Nama, string KodeKecamatan);
