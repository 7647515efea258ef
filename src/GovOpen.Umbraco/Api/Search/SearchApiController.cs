using GovOpen.Search;
using GovOpen.Umbraco.Search;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GovOpen.Umbraco.Api;

/// <summary>
/// <c>GET /umbraco/govopen/api/v1/search?q=&amp;filter=key:value&amp;sort=relevance|date&amp;skip=&amp;take=</c> over the
/// public index only. Anonymous: the public site and the back office both use it. Bad input never errors: it
/// comes back as warnings.
/// </summary>
[Route(RoutePrefix)]
public sealed class SearchApiController(GovOpenSearch search, GovOpen.Umbraco.Composing.GovOpenSettings settings) : GovOpenApiControllerBase
{
    /// <summary>Searches the public index (never the editorial one).</summary>
    [HttpGet("search")]
    [AllowAnonymous]
    public IActionResult Search([FromQuery] string? q, [FromQuery] string[]? filter, [FromQuery] string? sort, [FromQuery] int skip = 0, [FromQuery] int take = 10)
    {
        var filters = (filter ?? []).Select(f => f.Replace(':', '=')).Where(f => f.Contains('='));
        var query = SearchQuery.From(q, filters, sort == "date" ? SearchSort.DateDescending : SearchSort.Relevance, skip, take);
        if (!settings.Options.Modules.Search)
        {
            return NotFound(GovOpen.Core.Issue.Error("search", "disabled", "站内检索已关闭（GovOpen:Modules:Search=false）", "Search is switched off (GovOpen:Modules:Search=false)."));
        }
        return Ok(SearchResponse.From(search.Public.Search(query)));
    }
}
