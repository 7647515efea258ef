using GovOpen.Core;
using GovOpen.Core.Calendar;
using GovOpen.Core.Content;
using GovOpen.Core.Documents;
using GovOpen.Core.Interpretations;
using GovOpen.Core.Time;
using GovOpen.Core.Validity;
using GovOpen.Umbraco.Composing;
using GovOpen.Umbraco.Requests;
using GovOpen.Umbraco.ContentModel;
using GovOpen.Umbraco.Search;
using Microsoft.AspNetCore.Mvc;
using GovOpen.Umbraco.Security;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Security.Authorization;

namespace GovOpen.Umbraco.Api;

/// <summary>
/// What needs doing: the dashboard's lists, and the 解读 status of given policies (for the interpretation-link
/// editor). Both read published content only (not in the recycle bin), and name only the documents the signed-in
/// user may browse (<see cref="Browsing"/>).
/// </summary>
[Route(RoutePrefix)]
public sealed class DashboardApiController(IGovContentSource source, WorkCalendar calendar, GovOpenSettings settings, AgencyClock clock, RequestRegisterStatus requests,
    IGovCurrentUser currentUser, IContentPermissionAuthorizer permissions, global::Umbraco.Cms.Core.Services.IDocumentUrlService? urls = null) : GovOpenApiControllerBase
{
    /// <summary>The most ids one interpretation-status call may ask about.</summary>
    public const int MaxStatusIds = 100;

    /// <summary>
    /// What needs doing today: pending and overdue interpretations, normative documents expiring within
    /// <see cref="NormativeExpiry.WindowDays"/> days (<see cref="NormativeExpiry"/>), this quarter's normative
    /// documents (<see cref="NormativeQuarter"/>), stale catalogue columns, and 意见征集 with overdue feedback.
    /// </summary>
    [HttpGet("dashboard")]
    public async Task<IActionResult> Dashboard()
    {
        if (currentUser.User is not { } user)
        {
            return SignInRequired();
        }
        var today = clock.Today;
        var statuses = Statuses(today);
        var columns = new GovOpen.Umbraco.HealthChecks.CatalogueFreshnessReport(source, clock, urls).NeedingAttention().ToList();
        var feedback = settings.Options.Modules.Consultations
            ? new GovOpen.Umbraco.HealthChecks.ConsultationFeedbackHealthCheck(source, clock, urls).Overdue().ToList()
            : [];
        var browsable = await permissions.BrowsableAsync(user, statuses.Select(x => x.Key).Concat(columns.Select(c => c.Key)).Concat(feedback.Select(o => o.Key)));
        var policies = statuses.Where(x => browsable.Contains(x.Key)).ToList();
        List<DashboardPolicy> List(IEnumerable<PolicyStatus> rows) => rows.Select(Summary).ToList();
        return Ok(new DashboardResponse(
            Pending: List(policies.Where(x => x.Status.Kind == InterpretationStatusKind.Pending).OrderBy(x => x.Status.Deadline)),
            Overdue: List(policies.Where(x => x.Status.Kind == InterpretationStatusKind.Overdue).OrderByDescending(x => x.Status.OverdueWorkingDays)),
            Expiring: List(policies.Where(x => NormativeExpiry.IsExpiringSoon(x.Policy, today)).OrderBy(x => x.Policy.Validity.ValidUntil)),
            Quarter: List(policies.Where(x => NormativeQuarter.IsPublishedThisQuarter(x.Policy, today)).OrderByDescending(x => x.Policy.PublishedDate)),
            Settings: SettingsProblems(),
            Columns: columns.Where(c => browsable.Contains(c.Key))
                .Select(c => new DashboardColumn(c.Key.ToString(), c.Category.Name, c.Page, Iso(c.LastUpdate), c.Freshness == GovOpen.Core.Disclosure.ColumnFreshness.Empty ? "empty" : "stale", c.Message)).ToList(),
            Feedback: feedback.Where(o => browsable.Contains(o.Key))
                .OrderBy(o => o.Closes).Select(o => new DashboardFeedback(o.Key.ToString(), o.Name, Iso(o.Closes), o.FinalPublished, o.Message)).ToList()));
    }

    /// <summary>Missing or invalid settings and paused modules, for the dashboard's notice.</summary>
    private List<IssueView> SettingsProblems()
    {
        var problems = settings.Problems.Select(IssueView.From).ToList();
        if (settings.Options.Modules.Requests && requests.Problem is { } p)
        {
            problems.Add(IssueView.From(Issue.Error("GovOpen:Requests", "unavailable", p, p)));
        }
        return problems;
    }

    /// <summary>
    /// 解读 status of the given policies (for the interpretation-link editor): 已解读 / 待解读 with the deadline /
    /// 逾期 / 无需解读. Unknown or unpublished ids answer kind <c>Unknown</c>.
    /// </summary>
    [HttpGet("interpretation-status")]
    public async Task<IActionResult> InterpretationStatus([FromQuery(Name = "id")] string[] ids)
    {
        if (ids.Length > MaxStatusIds)
        {
            return Refused(Issue.Error("id", "too-many", "一次最多查询100个文件", "At most 100 ids per call."));
        }
        if (currentUser.User is not { } user)
        {
            return SignInRequired();
        }
        var statuses = Statuses(clock.Today);
        var browsable = await permissions.BrowsableAsync(user, statuses.Select(x => x.Key));
        var byId = statuses.Where(x => browsable.Contains(x.Key)).ToDictionary(x => x.Id, StringComparer.OrdinalIgnoreCase);
        return Ok(ids.Select(id => byId.TryGetValue(id, out var x)
            ? new InterpretationStatusView(id, x.Status.Kind.ToString(), x.Status.Label, Iso(x.Status.Deadline))
            : InterpretationStatusView.Unknown(id)).ToList());
    }

    private sealed record PolicyStatus(Guid Key, string Id, PolicyDocument Policy, InterpretationStatus Status);

    private static DashboardPolicy Summary(PolicyStatus x) => new(
        x.Id,
        x.Policy.Title,
        x.Policy.ParsedNumber?.Normalized ?? x.Policy.DocumentNumber,
        x.Status.Label,
        Iso(x.Status.Deadline),
        Iso(x.Policy.Validity.ValidUntil));

    /// <summary>Every published policy with its 解读 status on a day (the interpretations counted are the published ones).</summary>
    private List<PolicyStatus> Statuses(DateOnly today)
    {
        var all = source.All().Where(c => c.IsLive()).ToList();
        var interps = all.Where(c => c.ContentType.Alias == ContentTypes.PolicyInterpretation).Select(c => UmbracoContentAdapter.ToInterpretation(c, ContentVersion.Published)).ToList();
        var byPolicy = InterpretationRules.ByPolicy(interps);
        var rules = new InterpretationRules(calendar, settings.InterpretationDeadlineWorkingDays);
        return all.Where(c => c.ContentType.Alias == ContentTypes.PolicyDocument)
            .Select(c => (c.Key, Policy: UmbracoContentAdapter.ToPolicy(c, ContentVersion.Published)))
            .Select(x => new PolicyStatus(x.Key, x.Key.ToString("D"), x.Policy, rules.StatusOf(x.Policy, byPolicy[x.Policy.Id], today)))
            .ToList();
    }
}
