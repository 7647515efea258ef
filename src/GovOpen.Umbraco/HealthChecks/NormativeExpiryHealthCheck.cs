using GovOpen.Core.Time;
using GovOpen.Core.Content;
using GovOpen.Core.Validity;
using GovOpen.Umbraco.ContentModel;
using GovOpen.Umbraco.Search;
using Umbraco.Cms.Core.HealthChecks;

namespace GovOpen.Umbraco.HealthChecks;

/// <summary>Normative documents whose validity period ends within 90 days (evaluation is due before expiry).</summary>
[HealthCheck("5a1c0d03-6f2b-4d2e-9a10-000000000002", "规范性文件即将到期", Description = "90天内有效期届满的行政规范性文件", Group = "政务公开")]
public sealed class NormativeExpiryHealthCheck(IGovContentSource source, AgencyClock clock) : HealthCheck
{
    public const int Days = NormativeExpiry.WindowDays;

    public override Task<IEnumerable<HealthCheckStatus>> GetStatusAsync()
    {
        var today = clock.Today;
        var expiring = source.All().Where(c => c.ContentType.Alias == ContentTypes.PolicyDocument && c.IsLive())
            .Select(c => (c, p: UmbracoContentAdapter.ToPolicy(c, ContentVersion.Published)))
            .Where(x => NormativeExpiry.IsExpiringSoon(x.p, today))
            .OrderBy(x => x.p.Validity.ValidUntil).ToList();
        IEnumerable<HealthCheckStatus> result = expiring.Count == 0
            ? [new HealthCheckStatus($"{Days}天内没有到期的规范性文件") { ResultType = StatusResultType.Success }]
            : [new HealthCheckStatus($"{expiring.Count}件规范性文件将在{Days}天内到期：{string.Join("；", expiring.Select(x => $"《{x.c.Name}》有效期至{GovOpen.Core.Text.IsoDate.Format(x.p.Validity.ValidUntil)}"))}") { ResultType = StatusResultType.Warning }];
        return Task.FromResult(result);
    }

    public override HealthCheckStatus ExecuteAction(HealthCheckAction action) => throw new InvalidOperationException("No actions.");
}
