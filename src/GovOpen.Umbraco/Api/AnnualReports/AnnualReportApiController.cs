using GovOpen.Core;
using GovOpen.Core.AnnualReports;
using GovOpen.Core.Content;
using GovOpen.Core.Content.Codecs;
using GovOpen.Core.Disclosure;
using GovOpen.Core.Documents;
using GovOpen.Core.Requests;
using GovOpen.Core.Time;
using GovOpen.Requests;
using GovOpen.Umbraco.ContentModel;
using GovOpen.Umbraco.Requests;
using GovOpen.Umbraco.Search;
using GovOpen.Umbraco.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Umbraco.Cms.Core.Actions;
using Umbraco.Cms.Core.Security.Authorization;
using Umbraco.Cms.Core.Services;

namespace GovOpen.Umbraco.Api.AnnualReports;

/// <summary>
/// 年度报告 in the back office: generates the tables of a report item from the site's own records — its public
/// policies (published values), the figures on the item, the 依申请公开 register when it is usable on this server —
/// and keeps them on the item (saved as the editor, not published) with the checks they fail. Publishing then checks
/// them (Core's <c>AnnualReportContent.Check</c>).
/// </summary>
[Route(RoutePrefix + "/annual-report")]
public sealed class AnnualReportApiController(
    IGovContentSource source,
    IContentService contentService,
    IContentPermissionAuthorizer permissions,
    IGovCurrentUser currentUser,
    RequestRegisterStatus register,
    IServiceProvider services) : GovOpenApiControllerBase
{
    [HttpPost("{key:guid}/generate")]
    public async Task<IActionResult> Generate(Guid key, CancellationToken ct = default)
    {
        if (currentUser.User is not { } user)
        {
            return SignInRequired();
        }
        if (contentService.GetById(key) is not { } item || item.ContentType.Alias != ContentTypes.AnnualReport)
        {
            return NotFound(Issue.Error("key", "not-found", "年度报告不存在", "The annual report does not exist."));
        }
        if (await permissions.IsDeniedAsync(user, key, ActionUpdate.ActionLetter))
        {
            return Forbidden(Issue.Error("key", "forbidden", $"您没有修改《{item.Name}》的权限", "You may not update this report."));
        }
        var values = UmbracoContentAdapter.Values(item, ContentVersion.Edited);
        var yearText = ScalarCodecs.ReadText(values.Get(PropertyAliases.Year))?.Trim();
        if (!int.TryParse(yearText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) || year is < 2008 or > 2100)
        {
            return Refused(Issue.Error(PropertyAliases.Year, "invalid", "请先填写报告年度（如2025）", "The report year is required."));
        }
        var problems = new List<Issue>();
        var figures = AnnualReportContent.Figures(values, problems);
        var policies = source.All()
            .Where(c => c.ContentType.Alias == ContentTypes.PolicyDocument && c.IsLive() && source.IsPathPublished(c))
            .Select(c => UmbracoContentAdapter.ToPolicy(c, ContentVersion.Published))
            .Where(p => p.Disclosure.Attribute == DisclosureAttribute.Proactive)
            .ToList();
        IReadOnlyList<Table3Row>? table3 = null;
        IReadOnlyList<int>? table4 = null;
        if (register.Problem is null && services.GetService<RequestStore>() is { } store)
        {
            table3 = await store.Table3Async(year, ct);
            table4 = await store.Table4Async(year, ct);
        }
        else
        {
            problems.Add(Issue.Warn("requests", "unavailable", "依申请公开登记不可用，第三、四部分未填写", "The request register is unavailable; parts 3 and 4 are left unfilled."));
        }
        var report = AnnualReport.Build(year, policies, figures, table3, table4);
        var checks = problems.Concat(report.CheckWith(policies)).ToList();
        item.SetValue(PropertyAliases.ReportTables, report.ToJson().ToJsonString());
        contentService.Save(item, user.Id);
        return Ok(report.ToJson(checks));
    }
}
