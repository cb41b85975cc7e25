namespace Pws.Dashboard.Web.Accounts;

/// <summary>An account as the warehouse keeps it: never a password, only its hash.</summary>
public sealed class Pengguna
{
    public string Nama { get; init; } = "";
    public string HashKataSandi { get; init; } = "";
    public string Peran { get; init; } = "";
    public string? KodePuskesmas { get; init; }
    public string? KodeKabKota { get; init; }
    public bool Aktif { get; init; }
    public bool WajibGantiSandi { get; init; }
    public int GagalBerturut { get; init; }
    public DateTime? TerkunciSampai { get; init; }
    public DateTime DibuatPada { get; init; }
    public DateTime DiubahPada { get; init; }

    /// <summary>Changes with every password and sign-out; a session carrying another stamp has ended.</summary>
    public string? StempelKeamanan { get; init; }

    /// <summary>Made by the demo with the README's password: never active outside demo mode.</summary>
    public bool AkunDemo { get; init; }
}
