using System.Text.Json.Serialization;

namespace GovOpen.Umbraco.Api;

/// <summary>A policy in one of the dashboard's lists: its 文号, 解读 status label and deadline, and validity end.</summary>
public sealed record DashboardPolicy(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("documentNumber")] string? DocumentNumber,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("deadline")] string? Deadline,
    [property: JsonPropertyName("validUntil")] string? ValidUntil);
