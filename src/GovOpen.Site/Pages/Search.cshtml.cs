using GovOpen.Site.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovOpen.Site.Pages;

/// <summary>
/// The search page: it waits for the snapshot's index without holding a thread (503 when it is not ready in time), and
/// searches with text are limited per client address (<see cref="SiteOptions.SearchesPerMinute"/>; 429 past it).
/// </summary>
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(SiteServiceCollectionExtensions.SearchRateLimit)]
public sealed class SearchModel(SiteContent site) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await StartupGate.SearchRefusalAsync(HttpContext, site, ct) ?? Page();
}
