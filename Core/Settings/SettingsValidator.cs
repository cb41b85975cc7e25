namespace Pws.Core.Settings;

/// <summary>Checks a deployment's settings before anything runs, naming each wrong one by its key.</summary>
public static class SettingsValidator
{
    public static PwsSettings Validated(PwsSettings settings)
    {
        var problems = Problems(settings).ToList();
        return problems.Count == 0 ? settings : throw new SettingsException(problems);
    }

    public static IEnumerable<string> Problems(PwsSettings s)
    {
        const string P = PwsSettings.Section;
        if (s.Warehouse.Provider.ToLowerInvariant() is not ("duckdb" or "sqlserver"))
            yield return $"{P}:Warehouse:Provider '{s.Warehouse.Provider}' harus duckdb atau sqlserver";
        if (string.IsNullOrWhiteSpace(s.Warehouse.Connection)) yield return $"{P}:Warehouse:Connection kosong";
        if (!string.IsNullOrEmpty(s.Warehouse.MemoryLimit) && !System.Text.RegularExpressions.Regex.IsMatch(s.Warehouse.MemoryLimit, @"^[0-9]+(\.[0-9]+)?\s*(KB|MB|GB|TB)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase))
            yield return $"{P}:Warehouse:MemoryLimit '{s.Warehouse.MemoryLimit}' harus berupa ukuran seperti 1GB atau 512MB";
        if (!IsArea(s.Kabupaten))
            yield return $"{P}:Kabupaten '{s.Kabupaten}' bukan kode kabupaten/kota (misalnya 33.29) atau provinsi (misalnya 33)";
        if (string.IsNullOrWhiteSpace(s.Inbox)) yield return $"{P}:Inbox kosong";
        if (string.IsNullOrWhiteSpace(s.KeyFile)) yield return $"{P}:KeyFile kosong";
        if (!string.IsNullOrWhiteSpace(s.CatalogFile) && !File.Exists(s.CatalogFile))
            yield return $"{P}:CatalogFile '{s.CatalogFile}' tidak ditemukan";
        if (!IsTimeZone(s.Import.TimeZone)) yield return $"{P}:Import:TimeZone '{s.Import.TimeZone}' bukan zona waktu yang dikenal";
        if (s.Import.Cron.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length is not (5 or 6))
            yield return $"{P}:Import:Cron '{s.Import.Cron}' harus ekspresi cron 5 bagian, misalnya 0 1 * * *";
        if (s.CbrPerSeribu is { } cbr && cbr is <= 0 or >= 100) yield return $"{P}:CbrPerSeribu {cbr} harus di antara 0 dan 100";
        foreach (var (key, value) in Percentages(s))
            if (value is < 0 or > 100) yield return $"{P}:{key} {value} harus 0 sampai 100";
        foreach (var (key, value) in CutPoints(s.Skrining))
            if (value <= 0) yield return $"{P}:Skrining:{key} {value} harus lebih dari 0";
        if (s.FhirPull.MaxAttempts < 1) yield return $"{P}:FhirPull:MaxAttempts {s.FhirPull.MaxAttempts} harus paling sedikit 1";
        if (s.FhirPull.RequestTimeout <= TimeSpan.Zero) yield return $"{P}:FhirPull:RequestTimeout harus lebih dari 0";
        if (s.Akses.BatasGagalPerAlamat < 1) yield return $"{P}:Akses:BatasGagalPerAlamat {s.Akses.BatasGagalPerAlamat} harus paling sedikit 1";
        if (s.Akses.PeriksaSesi <= TimeSpan.Zero || s.Akses.PeriksaSesi > TimeSpan.FromSeconds(30))
            yield return $"{P}:Akses:PeriksaSesi harus lebih dari 0 dan paling lama 00:00:30";
        foreach (var proxy in s.Akses.ProksiTepercaya)
            if (!System.Net.IPAddress.TryParse(proxy, out _)) yield return $"{P}:Akses:ProksiTepercaya '{proxy}' bukan alamat IP";
        if (s.Unduhan.Serentak < 1) yield return $"{P}:Unduhan:Serentak {s.Unduhan.Serentak} harus paling sedikit 1";
        if (s.Unduhan.TungguMaks < TimeSpan.Zero) yield return $"{P}:Unduhan:TungguMaks tidak boleh negatif";
        for (var i = 0; i < s.FhirSources.Count; i++)
        {
            var source = s.FhirSources[i];
            if (string.IsNullOrWhiteSpace(source.KodePuskesmas)) yield return $"{P}:FhirSources:{i}:KodePuskesmas kosong";
            if (!Uri.TryCreate(source.BaseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                yield return $"{P}:FhirSources:{i}:BaseUrl '{source.BaseUrl}' bukan alamat http(s)";
        }
        for (var i = 0; i < s.Akses.Pengguna.Count; i++)
        {
            var user = s.Akses.Pengguna[i];
            if (string.IsNullOrWhiteSpace(user.Nama)) yield return $"{P}:Akses:Pengguna:{i}:Nama kosong";
            var peran = Pws.Core.Security.Peran.Normalize(user.Peran);
            if (peran is null)
                yield return $"{P}:Akses:Pengguna:{i}:Peran '{user.Peran}' harus {string.Join(", ", Pws.Core.Security.Peran.Semua)}";
            if (peran == Pws.Core.Security.Peran.KepalaPuskesmas && string.IsNullOrWhiteSpace(user.KodePuskesmas))
                yield return $"{P}:Akses:Pengguna:{i}:KodePuskesmas kosong untuk peran {peran}";
            if (user.KodeKabKota is { Length: > 0 } kabKota && (kabKota.Length != 5 || !IsArea(kabKota)))
                yield return $"{P}:Akses:Pengguna:{i}:KodeKabKota '{kabKota}' bukan kode kabupaten/kota seperti 33.29";
            if (string.IsNullOrWhiteSpace(user.KataSandi))
                yield return $"{P}:Akses:Pengguna:{i}:KataSandi kosong: isi dengan hasil perintah kata-sandi";
        }
    }

    private static bool IsArea(string kode)
    {
        try
        {
            Pws.Warehouse.Wilayah.AreaRecord.Normalize(kode);
            return true;
        }
        catch (Pws.Warehouse.Wilayah.ServedAreaException)
        {
            return false;
        }
    }

    private static bool IsTimeZone(string id)
    {
        try
        {
            TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            return false;
        }
    }

    private static IEnumerable<(string Key, double Value)> Percentages(PwsSettings s) =>
    [
        ("UciAmbang", s.UciAmbang), ("Uhc:PrioritasKepesertaan", s.Uhc.PrioritasKepesertaan),
        ("Uhc:PrioritasKeaktifan", s.Uhc.PrioritasKeaktifan), ("Uhc:Kepesertaan", s.Uhc.Kepesertaan),
    ];

    private static IEnumerable<(string Key, double Value)> CutPoints(ScreeningCutPoints c) =>
        [("Sistolik", c.Sistolik), ("Diastolik", c.Diastolik), ("GulaDarahSewaktu", c.GulaDarahSewaktu), ("KolesterolTotal", c.KolesterolTotal)];
}
