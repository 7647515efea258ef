using System.Text.Json.Serialization;

namespace GovOpen.Umbraco.Api;

/// <summary>What needs doing today (<c>GET dashboard</c>).</summary>
public sealed record DashboardResponse(
    [property: JsonPropertyName("pending")] IReadOnlyList<DashboardPolicy> Pending,
    [property: JsonPropertyName("overdue")] IReadOnlyList<DashboardPolicy> Overdue,
    [property: JsonPropertyName("expiring")] IReadOnlyList<DashboardPolicy> Expiring,
    [property: JsonPropertyName("quarter")] IReadOnlyList<DashboardPolicy> Quarter,
    [property: JsonPropertyName("settings")] IReadOnlyList<IssueView> Settings,
    [property: JsonPropertyName("columns")] IReadOnlyList<DashboardColumn> Columns,
    [property: JsonPropertyName("feedback")] IReadOnlyList<DashboardFeedback> Feedback);

/// <summary>A 意见征集 whose 意见采纳情况 is overdue (Core's <c>ConsultationRules.FeedbackOverdue</c>).</summary>
public sealed record DashboardFeedback(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("closes")] string Closes,
    [property: JsonPropertyName("finalPublished")] bool FinalPublished,
    [property: JsonPropertyName("message")] string Message);

/// <summary>A 法定主动公开内容 column that is empty or not updated within its interval.</summary>
public sealed record DashboardColumn(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("category")] string Category,
    [property: JsonPropertyName("page")] string Page,
    [property: JsonPropertyName("lastUpdate")] string? LastUpdate,
    [property: JsonPropertyName("state")] string State,
    [property: JsonPropertyName("message")] string Message);
