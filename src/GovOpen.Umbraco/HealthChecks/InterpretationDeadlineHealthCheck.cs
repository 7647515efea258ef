using GovOpen.Core.Time;
using GovOpen.Core.Content;
using GovOpen.Core.Calendar;
using GovOpen.Core.Interpretations;
using GovOpen.Umbraco.Composing;
using GovOpen.Umbraco.ContentModel;
using GovOpen.Umbraco.Search;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.HealthChecks;

namespace GovOpen.Umbraco.HealthChecks;

/// <summary>Policies whose interpretation is overdue (working-day deadline on the PRC calendar).</summary>
[HealthCheck("5a1c0d03-6f2b-4d2e-9a10-000000000001", "政策解读逾期", Description = "已发布的规章、规范性文件超过解读期限仍未发布解读", Group = "政务公开")]
public sealed class InterpretationDeadlineHealthCheck(IGovContentSource source, WorkCalendar calendar, GovOpenSettings settings, AgencyClock clock) : HealthCheck
{
    public override Task<IEnumerable<HealthCheckStatus>> GetStatusAsync()
    {
        var today = clock.Today;
        var all = source.All().ToList();
        var interps = all.Where(c => c.ContentType.Alias == ContentTypes.PolicyInterpretation && c.IsLive()).Select(c => UmbracoContentAdapter.ToInterpretation(c, ContentVersion.Published)).ToList();
        var byPolicy = InterpretationRules.ByPolicy(interps);
        var rules = new InterpretationRules(calendar, settings.InterpretationDeadlineWorkingDays);
        var overdue = all.Where(c => c.ContentType.Alias == ContentTypes.PolicyDocument && c.IsLive())
            .Select(c => (c, s: rules.StatusOf(UmbracoContentAdapter.ToPolicy(c, ContentVersion.Published), byPolicy[UmbracoContentAdapter.IdOf(c)], today)))
            .Where(x => x.s.Kind == InterpretationStatusKind.Overdue).ToList();
        IEnumerable<HealthCheckStatus> result = overdue.Count == 0
            ? [new HealthCheckStatus("没有逾期未解读的政策文件") { ResultType = StatusResultType.Success }]
            : [new HealthCheckStatus($"{overdue.Count}件政策文件逾期未解读：{string.Join("；", overdue.Take(20).Select(x => $"《{x.c.Name}》{x.s.Label}"))}") { ResultType = StatusResultType.Warning }];
        return Task.FromResult(result);
    }

    public override HealthCheckStatus ExecuteAction(HealthCheckAction action) => throw new InvalidOperationException("No actions.");
}
