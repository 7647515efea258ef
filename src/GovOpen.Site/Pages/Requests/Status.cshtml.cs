using GovOpen.Requests;
using GovOpen.Site.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace GovOpen.Site.Pages.Requests;

/// <summary>Status lookup by 申请编号 + 查询码: state and deadline only, never applicant data.</summary>
[EnableRateLimiting(SiteServiceCollectionExtensions.StatusRateLimit)]
public sealed class StatusModel(RequestStore store) : PageModel
{
    [BindProperty] public string? Number { get; set; }
    [BindProperty] public string? Code { get; set; }

    public RequestLookup? Result { get; private set; }

    public bool NoMatch { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        if (await StartupGate.RegisterRefusalAsync(HttpContext, ct) is { } starting)
        {
            return starting;
        }
        Result = await store.LookupAsync(Number, Code, ct);
        NoMatch = Result is null;
        return Page();
    }
}
