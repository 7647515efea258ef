using GovOpen.Core.Consultations;
using GovOpen.Core.Content;
using GovOpen.Core.Time;
using GovOpen.Umbraco.ContentModel;
using GovOpen.Umbraco.Search;
using Umbraco.Cms.Core.HealthChecks;
using Umbraco.Cms.Core.Services;

namespace GovOpen.Umbraco.HealthChecks;

/// <summary>
/// 意见征集 whose 意见采纳情况 is overdue (Core's <see cref="ConsultationRules.FeedbackOverdue"/>): closed without
/// published feedback while the final document is already published, or for more than 30 days.
/// </summary>
[HealthCheck("5a1c0d03-6f2b-4d2e-9a10-000000000007", "意见采纳情况公布", Description = "征集结束后逾期未公布意见采纳情况的意见征集", Group = "政务公开")]
public sealed class ConsultationFeedbackHealthCheck(IGovContentSource source, AgencyClock clock, IDocumentUrlService? urls = null) : HealthCheck
{
    /// <summary>One consultation whose feedback is overdue: its document, name, closing day and what is wrong.</summary>
    public sealed record OverdueFeedback(Guid Key, string Name, DateOnly Closes, bool FinalPublished, string Message);

    /// <summary>The consultations whose 意见采纳情况 is overdue today (the health check and the dashboard list them).</summary>
    public IReadOnlyList<OverdueFeedback> Overdue()
    {
        var today = clock.Today;
        var found = new List<OverdueFeedback>();
        foreach (var content in source.All().Where(c => c.ContentType.Alias == ContentTypes.Consultation && c.IsLive()))
        {
            var c = ConsultationContent.Read(UmbracoContentAdapter.Values(content, ContentVersion.Published), []);
            var finalPublished = c.FinalDocumentId is { Length: > 0 } route
                && urls?.GetDocumentKeyByRoute(ContentRoute.Normalize(route), null, null, isDraft: false) is { } key && source.ByKey(key) is { } final && final.IsLive();
            if (ConsultationRules.FeedbackOverdue(c, today, finalPublished))
            {
                found.Add(new OverdueFeedback(content.Key, content.Name ?? "", c.Closes, finalPublished, finalPublished
                    ? $"《{content.Name}》的正式文件已发布，但尚未公布意见采纳情况"
                    : $"《{content.Name}》于{GovOpen.Core.Text.IsoDate.Format(c.Closes)}截止，超过{ConsultationRules.DefaultFeedbackGraceDays}天未公布意见采纳情况"));
            }
        }
        return found;
    }

    public override Task<IEnumerable<HealthCheckStatus>> GetStatusAsync()
    {
        var overdue = Overdue();
        IEnumerable<HealthCheckStatus> result = overdue.Count == 0
            ? [new HealthCheckStatus("意见征集均按时公布采纳情况") { ResultType = StatusResultType.Success }]
            : [new HealthCheckStatus($"{overdue.Count}项意见征集逾期未公布采纳情况：{string.Join("；", overdue.Select(o => o.Message))}") { ResultType = StatusResultType.Warning }];
        return Task.FromResult(result);
    }

    public override HealthCheckStatus ExecuteAction(HealthCheckAction action) => throw new InvalidOperationException("No actions.");
}
