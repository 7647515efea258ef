using GovOpen.Search;
using GovOpen.Umbraco.Search;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GovOpen.Umbraco.Api;

/// <summary>
/// <c>GET /umbraco/govopen/api/v1/search?q=&amp;filter=key:value&amp;sort=relevance|date&amp;skip=&amp;take=</c> over the
/// public index only. Anonymous: the public site and the back office both use it. Bad input never errors: it
/// comes back as warnings. Searches with text are limited per client address (<see cref="PublicSearchLimiter"/>):
/// beyond the limit the answer is 429 with <c>Retry-After</c>.
/// </summary>
[Route(RoutePrefix)]
public sealed class SearchApiController(GovOpenSearch search, GovOpen.Umbraco.Composing.GovOpenSettings settings, PublicSearchLimiter limiter) : GovOpenApiControllerBase
{
    /// <summary>Searches the public index (never the editorial one); anonymous, and limited per client address.</summary>
    [HttpGet("search")]
    [AllowAnonymous]
    public IActionResult Search([FromQuery] string? q, [FromQuery] string[]? filter, [FromQuery] string? sort, [FromQuery] int skip = 0, [FromQuery] int take = 10) =>
        Run(q, filter, sort, skip, take, limited: true);

    /// <summary>
    /// The same search of the public index for signed-in back-office users (the 解读关联 editor's policy picker), not
    /// counted against the anonymous limit: an agency's editors usually share one office address.
    /// </summary>
    [HttpGet("editors/search")]
    public IActionResult SearchForEditors([FromQuery] string? q, [FromQuery] string[]? filter, [FromQuery] string? sort, [FromQuery] int skip = 0, [FromQuery] int take = 10) =>
        Run(q, filter, sort, skip, take, limited: false);

    private IActionResult Run(string? q, string[]? filter, string? sort, int skip, int take, bool limited)
    {
        var filters = (filter ?? []).Select(f => f.Replace(':', '=')).Where(f => f.Contains('='));
        var query = SearchQuery.From(q, filters, sort == "date" ? SearchSort.DateDescending : SearchSort.Relevance, skip, take);
        if (!settings.Options.Modules.Search)
        {
            return NotFound(GovOpen.Core.Issue.Error("search", "disabled", "站内检索已关闭（GovOpen:Modules:Search=false）", "Search is switched off (GovOpen:Modules:Search=false)."));
        }
        if (limited && !string.IsNullOrWhiteSpace(q) && !limiter.TryAcquire(HttpContext?.Connection.RemoteIpAddress, out var retryAfter))
        {
            if (HttpContext is not null)
            {
                HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(Math.Max(1, retryAfter.TotalSeconds))).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            return StatusCode(Microsoft.AspNetCore.Http.StatusCodes.Status429TooManyRequests, ToProblem(GovOpen.Core.Issue.Error("q", "too-many",
                "检索过于频繁，请稍后再试", "Too many searches from this address; try again shortly."), Microsoft.AspNetCore.Http.StatusCodes.Status429TooManyRequests));
        }
        return Ok(SearchResponse.From(search.Public.Search(query)));
    }
}
