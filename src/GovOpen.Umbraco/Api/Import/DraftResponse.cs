using System.Text.Json.Serialization;

namespace GovOpen.Umbraco.Api;

/// <summary>The draft that <c>POST import/draft</c> saved: its key, its name, whether it is new, and the extraction warnings.</summary>
public sealed record DraftResponse(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("created")] bool Created,
    [property: JsonPropertyName("warnings")] IReadOnlyList<string> Warnings);
