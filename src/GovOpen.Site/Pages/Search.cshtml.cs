using GovOpen.Site.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovOpen.Site.Pages;

/// <summary>The search page: it waits for the snapshot's index without holding a thread (503 when it is not ready in time).</summary>
public sealed class SearchModel(SiteContent site) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await StartupGate.SearchRefusalAsync(HttpContext, site, ct) ?? Page();
}
