using Pws.Core.Serving;

namespace Pws.Etl.Import;

/// <summary>What an import tells whoever started it, the same from the command line and through the
/// dashboard: the summary, and exit code 0 (done, also with quarantined rows), 3 (some sources failed,
/// the others loaded) or 1 (it could not run).</summary>
public static class ImportOutcome
{
    public static HandoffResult Of(ImportSummary summary)
    {
        var failed = summary.Failed.Count();
        return failed == 0
            ? new HandoffResult(0, summary.ToString(), null)
            : new HandoffResult(3, summary.ToString(), $"{failed} sumber gagal diimpor; sumber lain sudah dimuat.");
    }

    public static HandoffResult CouldNotRun(Exception e) => new(1, "", e.Message);

    /// <summary>The errors that mean the import could not run at all, as opposed to a bug.</summary>
    public static bool IsCouldNotRun(Exception e) => e is ArgumentException or FormatException or InboxNotFoundException
        or Warehouse.Dialects.WarehouseUnavailableException or IOException or UnauthorizedAccessException or InvalidDataException
        or System.Data.Common.DbException or BatasDesa.BatasDesaFileException;
}
