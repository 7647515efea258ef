using GovOpen.Core.Time;
using GovOpen.Core.Content;
using GovOpen.Core.Calendar;
using GovOpen.Core.Disclosure;
using GovOpen.Core.Interpretations;
using GovOpen.Core.Validity;
using GovOpen.Umbraco.Composing;
using GovOpen.Umbraco.ContentModel;
using GovOpen.Umbraco.Search;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.HealthChecks;
using Umbraco.Cms.Core.Models;

namespace GovOpen.Umbraco.HealthChecks;

/// <summary>Policies whose interpretation is overdue (working-day deadline on the PRC calendar).</summary>
[HealthCheck("5a1c0d03-6f2b-4d2e-9a10-000000000001", "政策解读逾期", Description = "已发布的规章、规范性文件超过解读期限仍未发布解读", Group = "政务公开")]
public sealed class InterpretationDeadlineHealthCheck(IGovContentSource source, WorkCalendar calendar, IOptions<GovOpenOptions> options, AgencyClock clock) : HealthCheck
{
    public override Task<IEnumerable<HealthCheckStatus>> GetStatusAsync()
    {
        var today = clock.Today;
        var all = source.All().ToList();
        var interps = all.Where(c => c.ContentType.Alias == ContentTypes.PolicyInterpretation && c.Published).Select(c => UmbracoContentAdapter.ToInterpretation(c, ContentVersion.Published)).ToList();
        var byPolicy = InterpretationRules.ByPolicy(interps);
        var rules = new InterpretationRules(calendar, options.Value.InterpretationDeadlineWorkingDays);
        var overdue = all.Where(c => c.ContentType.Alias == ContentTypes.PolicyDocument && c.Published)
            .Select(c => (c, s: rules.StatusOf(UmbracoContentAdapter.ToPolicy(c, ContentVersion.Published), byPolicy[UmbracoContentAdapter.IdOf(c)], today)))
            .Where(x => x.s.Kind == InterpretationStatusKind.Overdue).ToList();
        IEnumerable<HealthCheckStatus> result = overdue.Count == 0
            ? [new HealthCheckStatus("没有逾期未解读的政策文件") { ResultType = StatusResultType.Success }]
            : [new HealthCheckStatus($"{overdue.Count}件政策文件逾期未解读：{string.Join("；", overdue.Take(20).Select(x => $"《{x.c.Name}》{x.s.Label}"))}") { ResultType = StatusResultType.Warning }];
        return Task.FromResult(result);
    }

    public override HealthCheckStatus ExecuteAction(HealthCheckAction action) => throw new InvalidOperationException("No actions.");
}

/// <summary>Normative documents whose validity period ends within 90 days (evaluation is due before expiry).</summary>
[HealthCheck("5a1c0d03-6f2b-4d2e-9a10-000000000002", "规范性文件即将到期", Description = "90天内有效期届满的行政规范性文件", Group = "政务公开")]
public sealed class NormativeExpiryHealthCheck(IGovContentSource source, AgencyClock clock) : HealthCheck
{
    public const int Days = NormativeExpiry.WindowDays;

    public override Task<IEnumerable<HealthCheckStatus>> GetStatusAsync()
    {
        var today = clock.Today;
        var expiring = source.All().Where(c => c.ContentType.Alias == ContentTypes.PolicyDocument && c.Published)
            .Select(c => (c, p: UmbracoContentAdapter.ToPolicy(c, ContentVersion.Published)))
            .Where(x => NormativeExpiry.IsExpiringSoon(x.p, today))
            .OrderBy(x => x.p.Validity.ValidUntil).ToList();
        IEnumerable<HealthCheckStatus> result = expiring.Count == 0
            ? [new HealthCheckStatus($"{Days}天内没有到期的规范性文件") { ResultType = StatusResultType.Success }]
            : [new HealthCheckStatus($"{expiring.Count}件规范性文件将在{Days}天内到期：{string.Join("；", expiring.Select(x => $"《{x.c.Name}》有效期至{x.p.Validity.ValidUntil:yyyy-MM-dd}"))}") { ResultType = StatusResultType.Warning }];
        return Task.FromResult(result);
    }

    public override HealthCheckStatus ExecuteAction(HealthCheckAction action) => throw new InvalidOperationException("No actions.");
}

/// <summary>The public search index holds exactly the published public items; the action rebuilds it.</summary>
[HealthCheck("5a1c0d03-6f2b-4d2e-9a10-000000000003", "政务公开检索索引", Description = "公开检索索引与已发布内容是否一致", Group = "政务公开")]
public sealed class SearchIndexHealthCheck(IGovContentSource source, GovOpenSearch search) : HealthCheck
{
    public const string RebuildAction = "rebuild";

    public override Task<IEnumerable<HealthCheckStatus>> GetStatusAsync()
    {
        var expected = source.All().Select(c => search.ToDocument(c, GovOpen.Search.SearchIndexKind.Public)).OfType<GovOpen.Search.SearchDocument>()
            .Select(d => d.Id).ToHashSet();
        var actual = search.Public.Ids();
        var missing = expected.Except(actual).Count();
        var extra = actual.Except(expected).Count();
        var status = missing + extra == 0
            ? new HealthCheckStatus($"检索索引与已发布内容一致（{actual.Count}条）") { ResultType = StatusResultType.Success }
            : new HealthCheckStatus($"检索索引不一致：缺少{missing}条，多出{extra}条") { ResultType = StatusResultType.Error };
        status.Actions = [new HealthCheckAction(RebuildAction, Id) { Name = "重建检索索引", Description = "在后台重新建立公开与编辑索引，期间检索照常可用" }];
        return Task.FromResult<IEnumerable<HealthCheckStatus>>([status]);
    }

    public override HealthCheckStatus ExecuteAction(HealthCheckAction action)
    {
        if (action.Alias != RebuildAction)
        {
            throw new ArgumentOutOfRangeException(nameof(action), $"Unknown action {action.Alias}");
        }
        var (pub, ed) = search.Rebuild();
        return new HealthCheckStatus($"已重建检索索引：公开{pub}条，编辑{ed}条") { ResultType = StatusResultType.Success };
    }
}
