namespace GovOpen.Requests;

/// <summary>
/// The last request number handed out for one prefix (<c>YSQ-2026-</c>). A submission increments it and inserts its
/// request in one transaction, so numbers are unique and have no gaps on every server of a cluster.
/// </summary>
public sealed class RequestCounterRecord
{
    public string Prefix { get; set; } = "";

    public int Last { get; set; }
}
