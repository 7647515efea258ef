using GovOpen.Core;
using GovOpen.Core.Consultations;
using GovOpen.Requests;
using GovOpen.Site.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace GovOpen.Site.Pages.Consultations;

/// <summary>
/// A comment on an open consultation (意见征集): antiforgery-protected, rate-limited per client, checked by Core's
/// <see cref="CommentRules"/> (no comment after the closing day), stored unmoderated; the receipt gives its number.
/// Only a consultation the public can see today is accepted.
/// </summary>
[EnableRateLimiting(SiteServiceCollectionExtensions.CommentRateLimit)]
[RequestSizeLimit(64 * 1024)]
public sealed class CommentModel(SiteContent site, IServiceProvider services) : PageModel
{
    [BindProperty] public string? ConsultationId { get; set; }
    [BindProperty] public string? ClientToken { get; set; }
    [BindProperty] public string? Clause { get; set; }
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Contact { get; set; }
    [BindProperty] public bool PublishConsent { get; set; }
    [BindProperty] public string? Started { get; set; }
    [BindProperty(Name = CommentFormGuard.TrapField)] public string? Trap { get; set; }

    public List<Issue> Errors { get; } = [];

    public CommentReceipt? Receipt { get; private set; }

    public string? ConsultationTitle { get; private set; }

    public string? ConsultationRoute { get; private set; }

    public IActionResult OnGet() => Redirect("/xxgk/yjzj/");

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        if (await StartupGate.RegisterRefusalAsync(HttpContext, ct) is { } starting)
        {
            return starting;
        }
        var store = services.GetService<CommentStore>();
        if (store is null || ConsultationId is not { Length: > 0 } id || !site.Items.TryGetValue(id, out var item) || item.ContentType != GovOpen.Core.Content.ContentTypes.Consultation)
        {
            return NotFound();
        }
        var consultation = ConsultationContent.Read(item, []);
        ConsultationTitle = item.Name;
        ConsultationRoute = SiteContent.NormalizePath(item.Route.Path);
        if (services.GetRequiredService<CommentFormGuard>().Check(Started, Trap) is { } refused)
        {
            Errors.Add(refused);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        try
        {
            Receipt = await store.SubmitAsync(new CommentSubmission(id, Text ?? "", Clause, Name, Contact, PublishConsent, ClientToken), consultation, ct);
            return Page();
        }
        catch (GovOpenException e)
        {
            Errors.Add(e.Issue);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
    }
}
