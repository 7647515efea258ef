using GovOpen.Umbraco.Search;
using Umbraco.Cms.Core.HealthChecks;

namespace GovOpen.Umbraco.HealthChecks;

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
