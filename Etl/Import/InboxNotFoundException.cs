namespace Pws.Etl.Import;

public sealed class InboxNotFoundException(string path)
    : Exception($"Folder inbox {Path.GetFullPath(path)} tidak ditemukan.");
