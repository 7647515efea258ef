using GovOpen.Core.Time;
using GovOpen.Core.Content;
using GovOpen.Core.Calendar;
using GovOpen.Core.Interpretations;
using GovOpen.Core.Validity;
using GovOpen.Import;
using GovOpen.Umbraco.Import;
using GovOpen.Umbraco.Composing;
using GovOpen.Umbraco.ContentModel;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace GovOpen.Umbraco.Search;

/// <summary>
/// Endpoints the back-office client uses: the dashboard and extraction of an uploaded 公文 (nothing is stored or
/// created). Both require a signed-in back-office user; the client sends the user's bearer token.
/// </summary>
[ApiController]
[Route("umbraco/govopen/api/v1")]
[Microsoft.AspNetCore.Authorization.Authorize(Policy = GovOpen.Umbraco.Requests.RequestsApiController.BackOfficePolicy)]
public sealed class GovOpenApiController(IGovContentSource source, WorkCalendar calendar, IOptions<GovOpenOptions> options, AgencyClock clock) : ControllerBase
{
    public const long MaxUploadBytes = 20 * 1024 * 1024;

    /// <summary>What needs doing today: pending and overdue interpretations, normative documents expiring within <see cref="NormativeExpiry.WindowDays"/> days, this quarter's normative documents.</summary>
    [HttpGet("dashboard")]
    public IActionResult Dashboard()
    {
        var today = Today;
        var policies = Statuses(today);
        object Summary((string Id, GovOpen.Core.Documents.PolicyDocument Policy, InterpretationStatus Status) x) => new
        {
            id = x.Id,
            title = x.Policy.Title,
            documentNumber = x.Policy.ParsedNumber?.Normalized ?? x.Policy.DocumentNumber,
            status = x.Status.Label,
            deadline = x.Status.Deadline?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            validUntil = x.Policy.Validity.ValidUntil?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };
        var quarterStart = new DateOnly(today.Year, ((today.Month - 1) / 3 * 3) + 1, 1);
        return Ok(new
        {
            pending = policies.Where(x => x.Status.Kind == InterpretationStatusKind.Pending).OrderBy(x => x.Status.Deadline).Select(Summary),
            overdue = policies.Where(x => x.Status.Kind == InterpretationStatusKind.Overdue).OrderByDescending(x => x.Status.OverdueWorkingDays).Select(Summary),
            expiring = policies.Where(x => NormativeExpiry.IsExpiringSoon(x.Policy, today))
                .OrderBy(x => x.Policy.Validity.ValidUntil).Select(Summary),
            quarter = policies.Where(x => x.Policy.IsNormative && x.Policy.PublishedDate >= quarterStart && x.Policy.PublishedDate <= today)
                .OrderByDescending(x => x.Policy.PublishedDate).Select(Summary),
        });
    }

    /// <summary>
    /// 解读 status of the given policies (for the interpretation-link editor): 已解读 / 待解读 with the deadline /
    /// 逾期 / 无需解读. Unknown or unpublished ids answer kind <c>Unknown</c>.
    /// </summary>
    [HttpGet("interpretation-status")]
    public IActionResult InterpretationStatus([FromQuery(Name = "id")] string[] ids)
    {
        if (ids.Length > 100)
        {
            return BadRequest(new { field = "id", message = "一次最多查询100个文件", messageEn = "At most 100 ids per call." });
        }
        var byId = Statuses(Today).ToDictionary(x => x.Id, StringComparer.OrdinalIgnoreCase);
        return Ok(ids.Select(id => byId.TryGetValue(id, out var x)
            ? new { id, kind = x.Status.Kind.ToString(), status = x.Status.Label, deadline = x.Status.Deadline?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) }
            : new { id, kind = "Unknown", status = "未发布或不存在", deadline = (string?)null }));
    }

    private DateOnly Today => clock.Today;

    /// <summary>Every published policy with its 解读 status on a day (the interpretations counted are the published ones).</summary>
    private List<(string Id, GovOpen.Core.Documents.PolicyDocument Policy, InterpretationStatus Status)> Statuses(DateOnly today)
    {
        var all = source.All().Where(c => c.Published).ToList();
        var interps = all.Where(c => c.ContentType.Alias == ContentTypes.PolicyInterpretation).Select(c => UmbracoContentAdapter.ToInterpretation(c, ContentVersion.Published)).ToList();
        var byPolicy = InterpretationRules.ByPolicy(interps);
        var rules = new InterpretationRules(calendar, options.Value.InterpretationDeadlineWorkingDays);
        return all.Where(c => c.ContentType.Alias == ContentTypes.PolicyDocument)
            .Select(c => (Id: c.Key.ToString("D"), Policy: UmbracoContentAdapter.ToPolicy(c, ContentVersion.Published)))
            .Select(x => (x.Id, x.Policy, Status: rules.StatusOf(x.Policy, byPolicy[x.Policy.Id], today)))
            .ToList();
    }

    /// <summary>Reads an uploaded 公文 (.docx/.txt) and returns its fields (docs/import.md); nothing is stored.</summary>
    [HttpPost("extract")]
    [RequestSizeLimit(MaxUploadBytes + 64 * 1024)]
    public async Task<IActionResult> Extract(IFormFile? file)
    {
        var (upload, refusal) = await Uploads.ReadAsync(file, MaxUploadBytes);
        if (refusal is not null)
        {
            return BadRequest(refusal);
        }
        try
        {
            return Ok(DocumentExtractor.Extract(SourceReader.Read(upload!.Value.Name, upload.Value.Bytes)).ToJson());
        }
        catch (ImportException e)
        {
            return BadRequest(new { message = e.Issue.Message, messageEn = e.Issue.MessageEn, code = e.Code });
        }
    }
}
