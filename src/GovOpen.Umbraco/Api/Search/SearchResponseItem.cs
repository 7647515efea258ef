using System.Globalization;
using System.Text.Json.Serialization;
using GovOpen.Search;

namespace GovOpen.Umbraco.Api;

/// <summary>One search hit as the endpoint writes it (<c>titleHtml</c> and <c>snippet</c> are escaped HTML with &lt;mark&gt;).</summary>
public sealed record SearchResponseItem(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("contentType")] string ContentType,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("titleHtml")] string TitleHtml,
    [property: JsonPropertyName("documentNumber")] string? DocumentNumber,
    [property: JsonPropertyName("exactDocumentNumber")] bool ExactDocumentNumber,
    [property: JsonPropertyName("validity")] string? Validity,
    [property: JsonPropertyName("issuers")] IReadOnlyList<string> Issuers,
    [property: JsonPropertyName("publishedDate")] string? PublishedDate,
    [property: JsonPropertyName("snippet")] string Snippet,
    [property: JsonPropertyName("interpretationOf")] IReadOnlyList<string> InterpretationOf)
{
    /// <summary>The item for a hit.</summary>
    public static SearchResponseItem From(SearchHit h) => new(
        h.Id, h.ContentType, h.Title, h.TitleHtml, h.DocumentNumber, h.IsExactDocumentNumber, h.Validity, h.Issuers,
        h.PublishedDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), h.Snippet, h.PolicyIds);
}
