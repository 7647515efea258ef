using GovOpen.Core.Time;

namespace GovOpen.Search;

public sealed record SearchIndexOptions
{
    /// <summary>Directory of the index; null keeps it in memory (tests, the embedded sample site).</summary>
    public string? Path { get; init; }

    public SearchIndexKind Kind { get; init; } = SearchIndexKind.Public;

    /// <summary>"Today" for the public gate.</summary>
    public AgencyClock Clock { get; init; } = AgencyClock.System;

    /// <summary>Threads used by bulk indexing.</summary>
    public int IndexingThreads { get; init; } = Environment.ProcessorCount;

    public double RamBufferMb { get; init; } = 96;

    /// <summary>Run Lucene's CheckIndex at open (slow on large indexes; opening already detects broken commits).</summary>
    public bool VerifyOnOpen { get; init; }

    /// <summary>Longest body indexed, in characters (the rest is cut).</summary>
    public int MaxBodyLength { get; init; } = 1_000_000;

    public Action<string>? Log { get; init; }

    /// <summary>
    /// Merge a freshly rebuilt generation down to this many segments before swapping it in (0: don't). Fewer
    /// segments make phrase queries cheaper; the merge happens aside, so searches do not wait for it.
    /// </summary>
    public int MaxSegmentsAfterRebuild { get; init; } = 1;
}
