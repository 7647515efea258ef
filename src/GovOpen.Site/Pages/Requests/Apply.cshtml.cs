using GovOpen.Core;
using GovOpen.Core.Requests;
using GovOpen.Requests;
using GovOpen.Site.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace GovOpen.Site.Pages.Requests;

/// <summary>The citizen's 政府信息公开申请 form (条例 art. 29). Antiforgery-protected, rate-limited, size-limited.</summary>
[EnableRateLimiting(SiteServiceCollectionExtensions.ApplyRateLimit)]
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class ApplyModel(RequestStore store, IOptions<SiteOptions> options) : PageModel
{
    public const long MaxRequestBytes = (RequestStore.MaxAttachments * RequestStore.MaxAttachmentBytes) + (256 * 1024);

    [BindProperty] public string ClientToken { get; set; } = "";
    [BindProperty] public ApplicantType ApplicantType { get; set; } = ApplicantType.NaturalPerson;
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? IdNumber { get; set; }
    [BindProperty] public string? CreditCode { get; set; }
    [BindProperty] public string? Contact { get; set; }
    [BindProperty] public string? Address { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public string? Purpose { get; set; }
    [BindProperty] public string PreferredForm { get; set; } = "electronic";
    [BindProperty] public string Delivery { get; set; } = "online";
    [BindProperty] public List<IFormFile> Attachments { get; set; } = [];

    public List<Issue> Errors { get; } = [];

    public RequestReceipt? Receipt { get; private set; }

    public IActionResult OnGet()
    {
        if (!options.Value.Requests.Enabled)
        {
            return NotFound();
        }
        ClientToken = Guid.NewGuid().ToString("N");
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!options.Value.Requests.Enabled)
        {
            return NotFound();
        }
        var files = new List<(string, string, byte[])>();
        if (Attachments.Count > RequestStore.MaxAttachments)
        {
            Errors.Add(Issue.Error("attachments", "too-many", $"附件最多{RequestStore.MaxAttachments}个", "Too many attachments."));
        }
        foreach (var f in Attachments.Take(RequestStore.MaxAttachments))
        {
            if (f.Length > RequestStore.MaxAttachmentBytes)
            {
                Errors.Add(Issue.Error("attachments", "size", $"附件“{Path.GetFileName(f.FileName)}”超过5 MB", "Attachment larger than 5 MB."));
                continue;
            }
            using var ms = new MemoryStream();
            await f.CopyToAsync(ms, ct);
            files.Add((f.FileName, f.ContentType, ms.ToArray()));
        }
        var submission = new RequestSubmission
        {
            ClientToken = string.IsNullOrWhiteSpace(ClientToken) || ClientToken.Length > 64 ? Guid.NewGuid().ToString("N") : ClientToken,
            ApplicantType = ApplicantType,
            Name = Name ?? "",
            IdNumber = IdNumber,
            CreditCode = CreditCode,
            Contact = Contact ?? "",
            Address = Address,
            Description = Description ?? "",
            Purpose = Purpose,
            PreferredForm = PreferredForm,
            Delivery = Delivery,
            Attachments = files,
        };
        Errors.AddRange(RequestStore.Validate(submission).Where(i => i.Severity == Severity.Error));
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            Response.Headers.CacheControl = "no-store";
            return Page();
        }
        Receipt = await store.SubmitAsync(submission, ct);
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field)?.Message;
}
