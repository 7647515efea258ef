namespace GovOpen.Core.Content.Codecs;

/// <summary>Where a value is read (the item id for messages) and where its problems go.</summary>
public sealed record ReadContext(string? ItemId, List<Issue> Issues)
{
    /// <summary>Reports a problem of a field, prefixed with the item id so a log line names the item.</summary>
    public void Report(Issue issue) =>
        Issues.Add(ItemId is null ? issue : issue with { Message = $"{ItemId}：{issue.Message}", MessageEn = $"{ItemId}: {issue.MessageEn}" });

    /// <summary>A context that keeps its findings to itself (for callers that only want the value).</summary>
    public static ReadContext Quiet() => new(null, []);
}
