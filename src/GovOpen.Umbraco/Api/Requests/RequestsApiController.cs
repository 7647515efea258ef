using GovOpen.Core.Time;
using System.Globalization;
using GovOpen.Core;
using GovOpen.Core.Calendar;
using GovOpen.Core.Requests;
using GovOpen.Requests;
using GovOpen.Umbraco.Composing;
using GovOpen.Umbraco.Requests;
using GovOpen.Umbraco.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace GovOpen.Umbraco.Api;

/// <summary>
/// The 依申请公开 register for the back office. It holds applicants' personal data, so every endpoint requires a
/// signed-in back-office user (Umbraco's <c>BackOfficeAccess</c> policy); nothing here is reachable from the public site.
/// </summary>
[Route(RoutePrefix + "/requests")]
public sealed class RequestsApiController(RequestStore store, WorkCalendar calendar, GovOpenSettings settings, AgencyClock clock, RequestRegisterStatus status, IGovCurrentUser currentUser)
    : GovOpenApiControllerBase, IAsyncActionFilter
{
    /// <summary>
    /// Only the clerks' user group (and administrators) may use the register, which holds applicants' personal data;
    /// while the register cannot be used on this server every endpoint answers 503 with the reason.
    /// </summary>
    [NonAction]
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        if (!GovPermissions.MayUseRequestRegister(currentUser.User))
        {
            context.Result = Forbidden(Issue.Error("user", "forbidden", "依申请公开登记只对“依申请公开办理”用户组开放", "Only the 依申请公开办理 user group may use the request register."));
            return;
        }
        if (status.Problem is { } problem)
        {
            context.Result = new ObjectResult(ToProblem(Issue.Error("requests", "unavailable", problem, problem), StatusCodes.Status503ServiceUnavailable))
            {
                StatusCode = StatusCodes.Status503ServiceUnavailable,
            };
            return;
        }
        await next();
    }

    private DateOnly Today => clock.Today;

    /// <summary>The list: state, deadline and working days left; <c>overdue=true</c> keeps only overdue ones; open ones first, soonest deadline first.</summary>
    [HttpGet]
    public async Task<IActionResult> List(bool overdue = false, bool open = false, CancellationToken ct = default)
    {
        var today = Today;
        var rows = (await store.WithStatusAsync(today, ct))
            .Where(x => !overdue || x.Status.Overdue)
            .Where(x => !open || x.Ledger.Completion is null)
            .Select(x => new
            {
                number = x.Ledger.Number,
                applicantType = x.Ledger.ApplicantType.ToString(),
                state = x.Status.State.ToString(),
                receivedOn = Iso(x.Ledger.ReceivedOn),
                deadline = Iso(x.Status.Deadline),
                workingDaysLeft = x.Status.WorkingDaysLeft,
                overdue = x.Status.Overdue,
                outcome = x.Ledger.Completion?.Outcome?.ToString(),
            });
        return Ok(new { today = Iso(today), items = rows });
    }

    /// <summary>One request: applicant and description (staff only), event history with the article of each, the actions allowed now.</summary>
    [HttpGet("{number}")]
    public async Task<IActionResult> Detail(string number, CancellationToken ct = default)
    {
        var ledger = await store.LedgerAsync(number, ct);
        if (ledger is null)
        {
            return Unknown(number);
        }
        var applicant = await store.ExportPersonalDataAsync(number, ct);
        var details = await store.DetailsAsync(number, ct);
        var status = ledger.Status(calendar, Today);
        return Ok(new
        {
            number = ledger.Number,
            applicantType = ledger.ApplicantType.ToString(),
            applicant = applicant is null ? null : new { name = applicant.Name, organization = applicant.Organization, contact = applicant.Contact, address = applicant.Address },
            description = details?.Description,
            purpose = details?.Purpose,
            preferredForm = details?.PreferredForm,
            delivery = details?.Delivery,
            state = status.State.ToString(),
            deadline = Iso(status.Deadline),
            workingDaysLeft = status.WorkingDaysLeft,
            overdue = status.Overdue,
            warnings = status.Warnings.Select(w => w.Message),
            events = ledger.Events.Select(e => new
            {
                kind = e.Kind.ToString(),
                date = Iso(e.Date),
                note = e.Note,
                outcome = e.Outcome?.ToString(),
                workingDays = e.WorkingDays,
                until = Iso(e.Until),
                article = DisclosureRequest.ArticleOf(e.Kind),
            }),
            allowedActions = ledger.AllowedActions().Select(k => new { kind = k.ToString(), article = DisclosureRequest.ArticleOf(k) }),
        });
    }

    /// <summary>Records an action. The Core ledger decides whether it is allowed; a refusal names the field and the article.</summary>
    [HttpPost("{number}/events")]
    public async Task<IActionResult> Record(string number, [FromBody] RequestActionInput input, CancellationToken ct = default)
    {
        try
        {
            var e = new RequestEvent(
                ParseEnum<RequestEventKind>(input.Kind, "kind"),
                ParseDate(input.Date, "date") ?? Today,
                Plain(input.Note),
                input.Outcome is null ? null : ParseEnum<RequestOutcome>(input.Outcome, "outcome"),
                input.WorkingDays,
                ParseDate(input.Until, "until"),
                input.Channel is null ? null : ParseEnum<RequestChannel>(input.Channel, "channel"),
                input.Proceeding is null ? null : ParseEnum<ProceedingKind>(input.Proceeding, "proceeding"),
                input.ProceedingResult is null ? null : ParseEnum<ProceedingResult>(input.ProceedingResult, "proceedingResult"));
            await store.RecordAsync(number, e, ct);
            return await Detail(number, ct);
        }
        catch (GovOpenException x) when (x.Issue is { Field: "number", Code: "not-found" })
        {
            return Unknown(number);
        }
        catch (GovOpenException x)
        {
            return Refused(x.Issue);
        }
    }

    /// <summary>Registers a request received in person, by post, letter or fax; the receipt date follows art. 31.</summary>
    [HttpPost]
    public async Task<IActionResult> Register([FromBody] PaperRequestInput input, CancellationToken ct = default)
    {
        try
        {
            var channel = ParseEnum<RequestChannel>(input.Channel, "channel");
            if (channel == RequestChannel.Online)
            {
                throw new GovOpenException(Issue.Error("channel", "online", "网上申请由申请人在网站提交", "Online requests are submitted by the applicant on the site."));
            }
            var submission = new RequestSubmission
            {
                ClientToken = string.IsNullOrWhiteSpace(input.ClientToken) ? Guid.NewGuid().ToString("N") : input.ClientToken,
                ApplicantType = input.ApplicantType is null ? ApplicantType.NaturalPerson
                    : ApplicantTypes.TryParse(input.ApplicantType, out var applicantType) ? applicantType
                    : throw new GovOpenException(Issue.Error("applicantType", "invalid", $"“{input.ApplicantType}”不是有效的申请人类型", $"'{input.ApplicantType}' is not an applicant type.")),
                IdType = string.IsNullOrWhiteSpace(input.IdType) ? null
                    : IdDocumentTypes.TryParse(input.IdType, out var idType) ? idType
                    : throw new GovOpenException(Issue.Error("idType", "invalid", $"“{input.IdType}”不是有效的证件类型", $"'{input.IdType}' is not an identity document type.")),
                Name = Plain(input.Name) ?? "",
                IdNumber = Plain(input.IdNumber),
                Organization = Plain(input.Organization),
                CreditCode = Plain(input.CreditCode),
                Contact = Plain(input.Contact) ?? "",
                Address = Plain(input.Address),
                Description = Plain(input.Description) ?? "",
                Purpose = Plain(input.Purpose),
                PreferredForm = input.PreferredForm ?? "paper",
                Delivery = input.Delivery ?? "post",
            };
            var receipt = await store.RegisterReceivedAsync(submission, channel,
                ParseDate(input.SubmittedOn, "submittedOn") ?? throw new GovOpenException(Issue.Error("submittedOn", "required", "请填写提交日期", "submittedOn is required.")),
                ParseDate(input.SignedFor, "signedFor"), ParseDate(input.Confirmed, "confirmed"), ct);
            return Ok(new { number = receipt.Number, queryCode = receipt.QueryCode, duplicate = receipt.Duplicate, receivedOn = Iso(receipt.ReceivedOn) });
        }
        catch (GovOpenException x)
        {
            return Refused(x.Issue);
        }
    }

    private static string? Plain(string? text) => string.IsNullOrWhiteSpace(text) ? null : GovOpen.Core.Text.HtmlText.ToPlainText(text).Trim();

    /// <summary>Drafts the 告知书 for an outcome; the editor edits the text before sending. Nothing is stored.</summary>
    [HttpPost("{number}/letter")]
    public async Task<IActionResult> Letter(string number, [FromBody] LetterInput input, CancellationToken ct = default)
    {
        try
        {
            var outcome = ParseEnum<RequestOutcome>(input.Outcome, "outcome");
            var ledger = await store.LedgerAsync(number, ct);
            if (ledger is null)
            {
                return Unknown(number);
            }
            var applicant = await store.ExportPersonalDataAsync(number, ct);
            var details = await store.DetailsAsync(number, ct);
            var draft = AnswerLetters.Draft(outcome, new LetterContext(
                ledger.Number,
                applicant?.Name ?? "申请人",
                ledger.ReceivedOn ?? Today,
                details?.Description ?? "",
                settings.Options.AgencyName,
                Today)
            {
                Reason = input.Reason,
                HoldingAgency = input.HoldingAgency,
                Provision = input.Provision,
            });
            return Ok(new { title = draft.Title, basis = draft.Basis, body = draft.Body });
        }
        catch (GovOpenException x)
        {
            return Refused(x.Issue);
        }
    }

    /// <summary>The outcome types with their table-3 labels and the provision each rests on (for the answer form).</summary>
    [HttpGet("outcomes")]
    public IActionResult Outcomes() => Ok(Enum.GetValues<RequestOutcome>().Select(o => new { key = o.ToString(), label = o.RowLabel(), basis = AnswerLetters.BasisOf(o) }));

    /// <summary>Table 3 of the annual report for a year.</summary>
    [HttpGet("report/{year:int}")]
    public async Task<IActionResult> Report(int year, CancellationToken ct = default)
    {
        if (year is < 2008 or > 2100)
        {
            return Refused(Issue.Error("year", "out-of-range", "年份应在2008–2100之间", "year must be 2008–2100."));
        }
        return Ok(AnnualReportTable3.ToJson(year, await store.Table3Async(year, ct)));
    }

    private NotFoundObjectResult Unknown(string number) =>
        NotFound(Issue.Error("number", "not-found", $"申请编号“{number}”不存在", $"No request numbered '{number}'."));

    private static T ParseEnum<T>(string? text, string field) where T : struct, Enum =>
        !string.IsNullOrWhiteSpace(text) && !int.TryParse(text, out _) && Enum.TryParse<T>(text, ignoreCase: false, out var v) && Enum.IsDefined(v)
            ? v
            : throw new GovOpenException(Issue.Error(field, "invalid", $"“{text}”不是有效的取值", $"'{text}' is not a valid {field}."));

    private static DateOnly? ParseDate(string? text, string field) =>
        string.IsNullOrWhiteSpace(text) ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : throw new GovOpenException(Issue.Error(field, "invalid-date", $"“{text}”不是有效日期（yyyy-MM-dd）", $"'{text}' is not a date (yyyy-MM-dd)."));
}
