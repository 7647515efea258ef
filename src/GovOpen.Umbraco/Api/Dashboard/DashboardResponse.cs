using System.Text.Json.Serialization;

namespace GovOpen.Umbraco.Api;

/// <summary>What needs doing today (<c>GET dashboard</c>).</summary>
public sealed record DashboardResponse(
    [property: JsonPropertyName("pending")] IReadOnlyList<DashboardPolicy> Pending,
    [property: JsonPropertyName("overdue")] IReadOnlyList<DashboardPolicy> Overdue,
    [property: JsonPropertyName("expiring")] IReadOnlyList<DashboardPolicy> Expiring,
    [property: JsonPropertyName("quarter")] IReadOnlyList<DashboardPolicy> Quarter,
    [property: JsonPropertyName("settings")] IReadOnlyList<IssueView> Settings);
