using GovOpen.Core.Content;
using GovOpen.Core.Disclosure;
using GovOpen.Core.Time;
using GovOpen.Umbraco.ContentModel;
using GovOpen.Umbraco.Search;
using Umbraco.Cms.Core.HealthChecks;
using Umbraco.Cms.Core.Services;

namespace GovOpen.Umbraco.HealthChecks;

/// <summary>One 法定主动公开内容 column that needs attention: empty, or not updated within its interval.</summary>
public sealed record ColumnAttention(Guid Key, CatalogueCategory Category, string Page, DateOnly? LastUpdate, int IntervalDays, ColumnFreshness Freshness)
{
    public string Message => Freshness == ColumnFreshness.Empty
        ? $"“{Category.Name}”（{Page}）没有内容"
        : $"“{Category.Name}”（{Page}）自{GovOpen.Core.Text.IsoDate.Format(LastUpdate)}起超过{IntervalDays}天未更新";
}

/// <summary>
/// 法定主动公开内容 columns that are empty (空白栏目) or not updated within their interval (栏目不更新, 国办函〔2019〕80号):
/// each published page with a <c>catalogueCategory</c>, its content its published descendants or those of its linked
/// column (found through Umbraco's URL service); Core's <see cref="StatutoryCatalogue"/> decides. Read by the
/// dashboard and the health check.
/// </summary>
public sealed class CatalogueFreshnessReport(IGovContentSource source, AgencyClock clock, IDocumentUrlService? urls = null)
{
    public IReadOnlyList<ColumnAttention> NeedingAttention()
    {
        var today = clock.Today;
        var result = new List<ColumnAttention>();
        foreach (var page in source.All().Where(c => c.ContentType.Alias == ContentTypes.Page && c.IsLive()))
        {
            var state = CatalogueColumns.Assess(UmbracoContentAdapter.Values(page, ContentVersion.Published), page,
                route => urls?.GetDocumentKeyByRoute(route, null, null, isDraft: false) is { } key ? source.ByKey(key) : null,
                holder => source.Descendants(holder).Where(c => c.IsLive()).ToList(),
                holder => !string.IsNullOrWhiteSpace(GovOpen.Core.Text.HtmlText.ToPlainText(ContentMapper.Body(UmbracoContentAdapter.Values(holder, ContentVersion.Published)))),
                c => clock.DateOf(UmbracoContentAdapter.Utc(c.UpdateDate)),
                today);
            if (state is { Freshness: not ColumnFreshness.Current })
            {
                result.Add(new ColumnAttention(page.Key, state.Category, page.Name ?? "", state.LastUpdate, state.IntervalDays, state.Freshness));
            }
        }
        return result.OrderBy(c => c.Category.Item).ToList();
    }
}

/// <summary>The columns <see cref="CatalogueFreshnessReport"/> finds, as a health check.</summary>
[HealthCheck("5a1c0d03-6f2b-4d2e-9a10-000000000005", "法定主动公开内容栏目更新", Description = "空白或超过更新周期未更新的法定主动公开内容栏目", Group = "政务公开")]
public sealed class CatalogueFreshnessHealthCheck(IGovContentSource source, AgencyClock clock, IDocumentUrlService? urls = null) : HealthCheck
{
    public override Task<IEnumerable<HealthCheckStatus>> GetStatusAsync()
    {
        var problems = new CatalogueFreshnessReport(source, clock, urls).NeedingAttention();
        IEnumerable<HealthCheckStatus> result = problems.Count == 0
            ? [new HealthCheckStatus("法定主动公开内容各栏目均按期更新") { ResultType = StatusResultType.Success }]
            : [new HealthCheckStatus($"{problems.Count}个栏目需要处理：{string.Join("；", problems.Select(p => p.Message))}") { ResultType = StatusResultType.Warning }];
        return Task.FromResult(result);
    }

    public override HealthCheckStatus ExecuteAction(HealthCheckAction action) => throw new InvalidOperationException("No actions.");
}
