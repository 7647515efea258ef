using System.Collections.Concurrent;

namespace GovOpen.Site.Services;

/// <summary>
/// What a snapshot remembers of work done for requests — rendered pages, search results, sanitized rich text —
/// bounded by an estimate of its size: when the budget is used up it starts over, and one value larger than a
/// sixteenth of the budget is never kept (it would push out everything else). A snapshot never changes, so a kept
/// value is always right for it; the bound is what keeps a crawler walking every page of a large site from keeping
/// every page's work in memory.
/// </summary>
internal sealed class BoundedMemo<TValue>(long budget, Func<string, TValue, long> sizeOf) where TValue : class
{
    private readonly ConcurrentDictionary<string, TValue> _values = new(StringComparer.Ordinal);
    private long _used;

    /// <summary>Number of values kept now.</summary>
    public int Count => _values.Count;

    /// <summary>The estimated size of what is kept now.</summary>
    public long Used => Interlocked.Read(ref _used);

    public bool TryGet(string key, out TValue value) => _values.TryGetValue(key, out value!);

    /// <summary>Keeps a value unless one is kept for the key already or it is too large.</summary>
    public void Add(string key, TValue value)
    {
        var size = Math.Max(1, sizeOf(key, value));
        if (size > budget / 16)
        {
            return;
        }
        if (Interlocked.Add(ref _used, size) > budget)
        {
            lock (_values)
            {
                if (Interlocked.Read(ref _used) > budget)
                {
                    _values.Clear();
                    Interlocked.Exchange(ref _used, size);
                }
            }
        }
        if (!_values.TryAdd(key, value))
        {
            Interlocked.Add(ref _used, -size);
        }
    }

    /// <summary>The kept value for the key, else the one <paramref name="make"/> gives (kept if it fits).</summary>
    public TValue GetOrAdd<TState>(string key, Func<TState, TValue> make, TState state)
    {
        if (_values.TryGetValue(key, out var value))
        {
            return value;
        }
        value = make(state);
        Add(key, value);
        return value;
    }
}
