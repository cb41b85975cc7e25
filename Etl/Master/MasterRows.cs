namespace Pws.Etl.Master;

public sealed record PuskesmasRow(string KodePuskesmas, string Nama, string KodeKecamatan);

public sealed record WilayahKerjaRow(string KodePuskesmas, string KodeDesa);

public sealed record SasaranRow(int Tahun, string KodeDesa, string JenisSasaran, int Jumlah);

public sealed record JknRow(int Tahun, int Bulan, string KodeDesa, int Penduduk, int PesertaJkn, int PesertaAktif);
