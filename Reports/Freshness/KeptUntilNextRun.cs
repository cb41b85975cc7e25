using System.Collections.Concurrent;

namespace Pws.Reports.Freshness;

/// <summary>Answers too slow to compute per request (they follow people through the year's records, or gather every
/// report of an area), kept per key until the next import run commits, and again until the marts it changed are rebuilt.
/// Readers arriving together wait for one computation instead of each starting its own.</summary>
public sealed class KeptUntilNextRun<TKey, TValue>(DataVersion data) where TKey : notnull
{
    private sealed record Answer((long Run, long MartTertunda) Version, TValue Value);

    private readonly ConcurrentDictionary<TKey, Lazy<Answer>> answers = new();

    public TValue Get(TKey key, Func<TKey, TValue> compute)
    {
        var version = data.Read().Isi;
        var fresh = new Lazy<Answer>(() => new Answer(version, compute(key)));
        var held = answers.AddOrUpdate(key, fresh, (_, old) => old.IsValueCreated && old.Value.Version != version ? fresh : old);
        if (held.Value.Version == version) return held.Value.Value;
        answers.TryUpdate(key, fresh, held);
        return fresh.Value.Value;
    }
}
