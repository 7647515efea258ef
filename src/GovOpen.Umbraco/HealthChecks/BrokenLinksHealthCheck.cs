using GovOpen.Core;
using GovOpen.Core.Checks;
using GovOpen.Core.Content;
using GovOpen.Umbraco.ContentModel;
using GovOpen.Umbraco.Composing;
using GovOpen.Umbraco.Notifications;
using GovOpen.Umbraco.Search;
using Umbraco.Cms.Core.HealthChecks;

namespace GovOpen.Umbraco.HealthChecks;

/// <summary>A published document whose body links to something no longer there or no longer public.</summary>
public sealed record BrokenLinks(Guid Key, string Document, IReadOnlyList<Issue> Problems)
{
    public string Message => $"《{Document}》：{string.Join("；", Problems.Select(p => p.Message))}";
}

/// <summary>
/// 断链检查 over everything published: the internal links of each published document's body (Umbraco local links,
/// routes, the site's own host), checked with the publishing guard's rule (<see cref="PublishingGuard.LinkState"/>,
/// Core's <see cref="BodyLinks"/>). A link that was fine when its document was published breaks when its target is
/// unpublished, withdrawn to 依申请公开 or deleted later; this finds those. External links are checked on demand in
/// the 发布前检查 view and by <c>govopen check --external</c>, never here (no outgoing requests on a schedule).
/// </summary>
public sealed class BrokenLinksReport(IGovContentSource source, PublishingGuard guard, GovOpenSettings settings)
{
    /// <summary>At most this many documents are listed (the count is of all of them).</summary>
    public const int MaxListed = 50;

    public (int Count, IReadOnlyList<BrokenLinks> Listed) Find()
    {
        var found = new List<BrokenLinks>();
        var count = 0;
        foreach (var content in source.All().Where(c => c.IsLive()))
        {
            var values = UmbracoContentAdapter.Values(content, ContentVersion.Published);
            var links = BodyLinks.Find(ContentMapper.Body(values), settings.OwnHosts).Where(l => l.Kind != LinkKind.External).ToList();
            if (links.Count == 0)
            {
                continue;
            }
            var problems = BodyLinks.Check(PropertyAliases.Body, "正文", links, guard.LinkState, "The body");
            if (problems.Count > 0)
            {
                count++;
                if (found.Count < MaxListed)
                {
                    found.Add(new BrokenLinks(content.Key, content.Name ?? "", problems));
                }
            }
        }
        return (count, found);
    }
}

/// <summary>
/// The documents <see cref="BrokenLinksReport"/> finds, as a health check. Umbraco runs every health check on a
/// schedule and sends the results when <c>Umbraco:CMS:HealthChecks:Notification</c> is enabled (docs/umbraco-contract.md).
/// </summary>
[HealthCheck("5a1c0d03-6f2b-4d2e-9a10-000000000006", "已发布内容断链检查", Description = "已发布文档正文中指向不存在或已不公开内容的链接", Group = "政务公开")]
public sealed class BrokenLinksHealthCheck(IGovContentSource source, PublishingGuard guard, GovOpenSettings settings) : HealthCheck
{
    public override Task<IEnumerable<HealthCheckStatus>> GetStatusAsync()
    {
        var (count, listed) = new BrokenLinksReport(source, guard, settings).Find();
        IEnumerable<HealthCheckStatus> result = count == 0
            ? [new HealthCheckStatus("已发布内容的站内链接均有效") { ResultType = StatusResultType.Success }]
            : [new HealthCheckStatus($"{count}篇已发布文档含失效链接{(count > listed.Count ? $"（列出前{listed.Count}篇）" : "")}：{string.Join("　", listed.Select(b => b.Message))}") { ResultType = StatusResultType.Warning }];
        return Task.FromResult(result);
    }

    public override HealthCheckStatus ExecuteAction(HealthCheckAction action) => throw new InvalidOperationException("No actions.");
}
