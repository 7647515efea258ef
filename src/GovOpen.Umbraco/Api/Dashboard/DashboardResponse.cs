using System.Text.Json.Serialization;

namespace GovOpen.Umbraco.Api;

/// <summary>What needs doing today (<c>GET dashboard</c>).</summary>
public sealed record DashboardResponse(
    [property: JsonPropertyName("pending")] IReadOnlyList<DashboardPolicy> Pending,
    [property: JsonPropertyName("overdue")] IReadOnlyList<DashboardPolicy> Overdue,
    [property: JsonPropertyName("expiring")] IReadOnlyList<DashboardPolicy> Expiring,
    [property: JsonPropertyName("quarter")] IReadOnlyList<DashboardPolicy> Quarter,
    [property: JsonPropertyName("settings")] IReadOnlyList<IssueView> Settings,
    [property: JsonPropertyName("columns")] IReadOnlyList<DashboardColumn> Columns);

/// <summary>A 法定主动公开内容 column that is empty or not updated within its interval.</summary>
public sealed record DashboardColumn(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("category")] string Category,
    [property: JsonPropertyName("page")] string Page,
    [property: JsonPropertyName("lastUpdate")] string? LastUpdate,
    [property: JsonPropertyName("state")] string State,
    [property: JsonPropertyName("message")] string Message);
