using System.Collections.Concurrent;
using Pws.Core.Settings;

namespace Pws.Dashboard.Web.Accounts;

/// <summary>Failed sign-ins per client address, across accounts: an address with <c>Pws:Akses:BatasGagalPerAlamat</c>
/// failures (20 by default) within a minute is refused every attempt, right or wrong, until the oldest falls out of
/// the minute. A lockout per account stops guessing one password; this stops trying one password on many accounts.</summary>
public sealed class SignInThrottle(PwsSettings settings, TimeProvider clock)
{
    public static readonly TimeSpan Jendela = TimeSpan.FromMinutes(1);
    private const int TrackedAddresses = 10_000;
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> failures = new();

    public bool Refuses(string? alamatIp)
    {
        if (!failures.TryGetValue(Key(alamatIp), out var times)) return false;
        lock (times) return Recent(times) >= settings.Akses.BatasGagalPerAlamat;
    }

    public void RecordFailure(string? alamatIp)
    {
        // Addresses that stopped failing are forgotten first, so a spray from many addresses cannot grow memory.
        if (failures.Count >= TrackedAddresses)
            foreach (var (address, times) in failures)
                lock (times)
                    if (Recent(times) == 0) failures.TryRemove(address, out _);
        var queue = failures.GetOrAdd(Key(alamatIp), _ => new Queue<DateTimeOffset>());
        lock (queue)
        {
            Recent(queue);
            queue.Enqueue(clock.GetUtcNow());
        }
    }

    private int Recent(Queue<DateTimeOffset> times)
    {
        var since = clock.GetUtcNow() - Jendela;
        while (times.TryPeek(out var oldest) && oldest < since) times.Dequeue();
        return times.Count;
    }

    private static string Key(string? alamatIp) => alamatIp ?? "";
}
