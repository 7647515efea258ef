using GovOpen.Search;
using Microsoft.AspNetCore.Mvc;

namespace GovOpen.Umbraco.Search;

/// <summary>
/// <c>GET /umbraco/govopen/api/v1/search?q=&amp;filter=key:value&amp;sort=relevance|date&amp;skip=&amp;take=</c> over the public
/// index. Bad input never errors: it comes back as warnings.
/// </summary>
[ApiController]
[Route("umbraco/govopen/api/v1")]
public sealed class SearchApiController(GovOpenSearch search) : ControllerBase
{
    [HttpGet("search")]
    public IActionResult Search([FromQuery] string? q, [FromQuery] string[]? filter, [FromQuery] string? sort, [FromQuery] int skip = 0, [FromQuery] int take = 10)
    {
        var filters = (filter ?? []).Select(f => f.Replace(':', '=')).Where(f => f.Contains('='));
        var query = SearchQuery.From(q, filters, sort == "date" ? SearchSort.DateDescending : SearchSort.Relevance, skip, take);
        return Ok(ToResponse(search.Public.Search(query)));
    }

    public static object ToResponse(SearchResult r) => new
    {
        total = r.Total,
        query = r.QueryText,
        documentNumber = r.DocumentNumber,
        items = r.Hits.Select(h => new
        {
            id = h.Id,
            contentType = h.ContentType,
            title = h.Title,
            titleHtml = h.TitleHtml,
            documentNumber = h.DocumentNumber,
            exactDocumentNumber = h.IsExactDocumentNumber,
            validity = h.Validity,
            issuers = h.Issuers,
            publishedDate = h.PublishedDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            snippet = h.Snippet,
            interpretationOf = h.PolicyIds,
        }),
        facets = r.Facets.ToDictionary(f => f.Key, f => f.Value.Select(v => new { value = v.Value, count = v.Count, selected = v.Selected })),
        warnings = r.Warnings.Select(w => new { field = w.Field, code = w.Code, message = w.Message, messageEn = w.MessageEn }),
    };
}
