using System.Text.Json.Serialization;

namespace GovOpen.Umbraco.Api;

/// <summary>
/// The 解读 status of one policy (<c>GET interpretation-status</c>): <c>kind</c> is Interpreted, Pending, Overdue,
/// NotRequired or Unknown (unpublished or no such policy).
/// </summary>
public sealed record InterpretationStatusView(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("deadline")] string? Deadline)
{
    /// <summary>The answer for an id that is not a published policy.</summary>
    public static InterpretationStatusView Unknown(string id) => new(id, "Unknown", "未发布或不存在", null);
}
