namespace GovOpen.Search;

/// <summary>What happened when the index was opened.</summary>
public sealed record IndexOpenReport(bool Rebuilt, string? Reason, int Documents);
