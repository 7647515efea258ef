using GovOpen.Umbraco.Composing;
using GovOpen.Umbraco.Requests;
using Umbraco.Cms.Core.HealthChecks;

namespace GovOpen.Umbraco.HealthChecks;

/// <summary>
/// The GovOpen settings and modules: every missing or invalid setting (with the key and the fallback used) and a
/// paused 依申请公开 register. The host starts either way; this is where an administrator sees what to fix.
/// </summary>
[HealthCheck("5a1c0d03-6f2b-4d2e-9a10-000000000004", "政务公开设置", Description = "GovOpen 设置是否完整、各模块是否可用", Group = "政务公开")]
public sealed class SettingsHealthCheck(GovOpenSettings settings, RequestRegisterStatus requests) : HealthCheck
{
    public override Task<IEnumerable<HealthCheckStatus>> GetStatusAsync()
    {
        var statuses = settings.Problems
            .Select(p => new HealthCheckStatus($"{p.Field}：{p.Message}") { ResultType = StatusResultType.Warning })
            .ToList();
        if (requests.Problem is { } problem && settings.Options.Modules.Requests)
        {
            statuses.Add(new HealthCheckStatus(problem) { ResultType = StatusResultType.Error });
        }
        if (statuses.Count == 0)
        {
            statuses.Add(new HealthCheckStatus("政务公开设置完整，各模块可用") { ResultType = StatusResultType.Success });
        }
        return Task.FromResult<IEnumerable<HealthCheckStatus>>(statuses);
    }

    public override HealthCheckStatus ExecuteAction(HealthCheckAction action) => throw new InvalidOperationException("No actions.");
}
