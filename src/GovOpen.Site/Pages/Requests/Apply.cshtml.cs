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
    /// <summary>The alias as posted; parsed with Core's vocabulary, never defaulted when it is missing or unknown.</summary>
    [BindProperty] public string? ApplicantType { get; set; }
    [BindProperty] public string? IdType { get; set; }
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
        ApplicantType = ApplicantTypes.Vocabulary.Alias(GovOpen.Core.Requests.ApplicantType.NaturalPerson); // a visible choice the citizen can change
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!options.Value.Requests.Enabled)
        {
            return NotFound();
        }
        if (await StartupGate.RegisterRefusalAsync(HttpContext, ct) is { } starting)
        {
            return starting;
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
        GovOpen.Core.Requests.ApplicantType applicantType = default;
        if (!ApplicantTypes.TryParse(ApplicantType, out applicantType))
        {
            Errors.Add(Issue.Error("applicantType", "invalid", "请选择申请人类型", "Choose the applicant type."));
        }
        IdDocumentType? idType = null;
        if (!string.IsNullOrWhiteSpace(IdType))
        {
            if (IdDocumentTypes.TryParse(IdType, out var t))
            {
                idType = t;
            }
            else
            {
                Errors.Add(Issue.Error("idType", "invalid", "证件类型无效", "Unknown identity document type."));
            }
        }
        var submission = new RequestSubmission
        {
            ClientToken = string.IsNullOrWhiteSpace(ClientToken) || ClientToken.Length > 64 ? Guid.NewGuid().ToString("N") : ClientToken,
            ApplicantType = applicantType,
            IdType = idType,
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
        if (Errors.All(e => e.Field != "applicantType"))
        {
            Errors.AddRange(RequestStore.Validate(submission).Where(i => i.Severity == Severity.Error));
        }
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

    /// <summary>The form's label of a field named in an error.</summary>
    public static string FieldLabel(string field) => field switch
    {
        "applicantType" => "申请人类型",
        "name" => "姓名或组织名称",
        "idType" => "证件类型",
        "idNumber" => "证件号码",
        "creditCode" => "统一社会信用代码",
        "contact" => "联系方式",
        "address" => "通信地址",
        "description" => "所需政府信息的描述",
        "purpose" => "用途",
        "attachments" => "附件",
        "preferredForm" => "获取信息的方式",
        "delivery" => "获取信息的途径",
        _ => "申请",
    };

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field)?.Message;
}
