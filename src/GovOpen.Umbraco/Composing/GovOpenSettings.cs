using GovOpen.Core.Checks;
using GovOpen.Core;
using GovOpen.Core.Calendar;
using GovOpen.Core.Documents;
using GovOpen.Core.Time;
using GovOpen.Core.Validity;
using Microsoft.Extensions.Options;

namespace GovOpen.Umbraco.Composing;

/// <summary>
/// The settings GovOpen works with, and what is wrong with the configured ones. A missing or invalid setting never
/// stops the host or Umbraco's installer: it is reported here (the 政务公开 dashboard and the 政务公开设置 health
/// check show <see cref="Problems"/>), the effective value falls back to a safe default, and a feature that cannot
/// work without it (the 索引号 check needs the agency's scheme) says so instead of guessing.
/// </summary>
public sealed class GovOpenSettings
{
    public const int DefaultInterpretationDeadline = 3;

    /// <summary>The PRC working-day calendar: the embedded years plus <c>GovOpen:CalendarDirectory</c>'s.</summary>
    public WorkCalendar Calendar { get; }

    public GovOpenSettings(IOptions<GovOpenOptions> options, IOptions<global::Umbraco.Cms.Core.Configuration.Models.DeliveryApiSettings>? deliveryApi = null)
    {
        var o = options.Value;
        Options = o;
        var problems = new List<Issue>();
        void Problem(string key, string zh, string en) => problems.Add(Issue.Error(key, "setting", zh, en));

        // Umbraco's Delivery API serves every published item as stored: an item whose 发布日期 is still ahead, and the
        // references published items make to documents not yet public. GovOpen's public gate is applied by the citizen
        // site and GovOpen's search endpoint, so the Delivery API must be their private channel (an API key).
        if (deliveryApi?.Value is { Enabled: true, PublicAccess: true })
        {
            Problem("Umbraco:CMS:DeliveryApi:PublicAccess", "Delivery API 对公众开放：它按原样提供所有已发布的条目，包括发布日期未到的文件和对尚未公开文件的引用。请设为 false 并设置 ApiKey，由 GovOpen 站点对外提供内容",
                "The Delivery API is public: it serves every published item as stored, including items whose 发布日期 has not come and references to documents not yet public. Set PublicAccess to false with an ApiKey and let the GovOpen site serve the public.");
        }

        if (string.IsNullOrWhiteSpace(o.AgencyName))
        {
            Problem("GovOpen:AgencyName", "未设置发布机构名称（GovOpen:AgencyName，例如“示例市人民政府”）；页面和年度报告中的发布机构为空",
                "GovOpen:AgencyName is not set (e.g. 示例市人民政府); the publishing agency shows empty.");
        }
        try
        {
            Zone = AgencyClock.FindZone(o.TimeZone);
        }
        catch (GovOpenException)
        {
            Zone = AgencyClock.FindZone(AgencyClock.DefaultTimeZoneId);
            Problem("GovOpen:TimeZone", $"时区“{o.TimeZone}”无法识别，暂按北京时间（Asia/Shanghai）计算日期",
                $"GovOpen:TimeZone '{o.TimeZone}' is not a known time zone; dates use Asia/Shanghai.");
        }
        Calendar = WorkCalendar.Embedded;
        if (o.CalendarDirectory is { Length: > 0 } calendarDir)
        {
            try
            {
                Calendar = GovOpen.Packaging.CalendarFiles.WithYearsFrom(WorkCalendar.Embedded, calendarDir);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or GovOpenException or System.Text.Json.JsonException)
            {
                Problem("GovOpen:CalendarDirectory", $"节假日数据目录无法读取（{e.Message}），暂用内置的节假日安排",
                    $"GovOpen:CalendarDirectory cannot be read ({e.Message}); the embedded arrangements are used.");
            }
        }
        if (o.InterpretationDeadlineWorkingDays is < 0 or > 30)
        {
            Problem("GovOpen:InterpretationDeadlineWorkingDays", $"解读期限应为0–30个工作日，暂按{DefaultInterpretationDeadline}个工作日计算",
                $"GovOpen:InterpretationDeadlineWorkingDays must be 0–30; {DefaultInterpretationDeadline} is used.");
        }
        else
        {
            InterpretationDeadlineWorkingDays = o.InterpretationDeadlineWorkingDays;
        }
        foreach (var p in GovOpen.Requests.RequestDbContext.CheckSettings("GovOpen:Requests", o.Requests.Provider, o.Requests.ConnectionString))
        {
            Problem("GovOpen:Requests", $"依申请公开登记库设置有误，该模块暂停：{p}", p);
            RequestsUsable = false;
        }
        if (o.Requests.RetentionYears is < 1 or > 30)
        {
            Problem("GovOpen:Requests:RetentionYears", "申请人个人信息保存年限应为1–30年，暂按5年", "GovOpen:Requests:RetentionYears must be 1–30; 5 is used.");
        }
        else
        {
            RetentionYears = o.Requests.RetentionYears;
        }
        if (o.ValidityCascade == "apply")
        {
            Problem("GovOpen:ValidityCascade", "GovOpen:ValidityCascade=apply已不再支持：其他文件的废止、修订条款只记录为待确认的变更，由编辑确认后生效",
                "GovOpen:ValidityCascade 'apply' is no longer supported: changes proposed by other documents are recorded for an editor to confirm.");
        }
        else if (o.ValidityCascade != "propose")
        {
            Problem("GovOpen:ValidityCascade", $"GovOpen:ValidityCascade应为apply或propose，不是“{o.ValidityCascade}”；暂按propose（待编辑确认）",
                $"GovOpen:ValidityCascade must be 'apply' or 'propose', not '{o.ValidityCascade}'; 'propose' is used.");
        }
        if (!string.IsNullOrWhiteSpace(o.OrganisationCode) || !o.IndexNumberTemplate.Contains("{org}", StringComparison.Ordinal))
        {
            try
            {
                var scheme = new IndexNumberScheme(o.IndexNumberTemplate, o.OrganisationCode);
                _ = scheme.Example;
                IndexNumberScheme = scheme;
            }
            catch (GovOpenException e)
            {
                Problem("GovOpen:IndexNumberTemplate", $"索引号规则有误，暂不检查索引号：{e.Issue.Message}", $"GovOpen:IndexNumberTemplate/OrganisationCode: {e.Issue.MessageEn} Index numbers are not checked.");
            }
        }
        else
        {
            Problem("GovOpen:OrganisationCode", "未设置机构代码（GovOpen:OrganisationCode），索引号规则无法使用，暂不检查索引号",
                "GovOpen:OrganisationCode is not set, so the index-number scheme cannot be used; index numbers are not checked.");
        }
        var normative = o.NormativePolicy;
        var normativeIssues = normative.Validate();
        if (normativeIssues.Count > 0)
        {
            Problem("GovOpen:Normative", $"规范性文件有效期设置有误，暂用默认值：{string.Join("；", normativeIssues.Select(i => i.Message))}",
                $"GovOpen:Normative: {string.Join(" ", normativeIssues.Select(i => i.MessageEn))} Defaults are used.");
        }
        else
        {
            NormativePolicy = normative;
        }
        if (string.IsNullOrWhiteSpace(o.SearchIndexPath) || o.SearchIndexPath.Contains("..", StringComparison.Ordinal))
        {
            Problem("GovOpen:SearchIndexPath", "检索索引目录不能为空或包含“..”，暂用默认目录", "GovOpen:SearchIndexPath must be a directory path without '..'; the default is used.");
        }
        else
        {
            SearchIndexPath = o.SearchIndexPath;
        }
        OwnHosts = o.SiteHosts.Where(h => !string.IsNullOrWhiteSpace(h)).Select(h => h.Trim()).ToList();
        var rules = o.Checks.UseDefaultExpressionRules ? ExpressionRules.Default.Rules : [];
        if (!string.IsNullOrWhiteSpace(o.Checks.ExpressionRulesPath))
        {
            try
            {
                var ruleProblems = new List<Issue>();
                var agency = ExpressionRules.Parse(File.ReadAllText(o.Checks.ExpressionRulesPath), ruleProblems, Path.GetFileName(o.Checks.ExpressionRulesPath));
                rules = [.. rules, .. agency.Rules];
                problems.AddRange(ruleProblems.Select(p => p with { Field = "GovOpen:Checks:ExpressionRulesPath" }));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                Problem("GovOpen:Checks:ExpressionRulesPath", $"表述规范规则文件无法读取（{e.Message}），只使用默认规则", $"The expression rules file cannot be read ({e.Message}); only the default rules are used.");
            }
        }
        ExpressionRules = new ExpressionRules(rules);
        if (o.Attachments.MaxMegabytes <= 0)
        {
            Problem("GovOpen:Attachments:MaxMegabytes", "附件大小上限须为正数，暂用100 MB", "GovOpen:Attachments:MaxMegabytes must be positive; 100 MB is used.");
        }
        var extensions = o.Attachments.AllowedExtensions.Select(e => e.Trim().TrimStart('.').ToLowerInvariant()).Where(e => e.Length > 0).Distinct().ToList();
        Attachments = new GovOpen.Core.Documents.AttachmentPolicy
        {
            AllowedExtensions = extensions.Count > 0 ? extensions : GovOpen.Core.Documents.AttachmentPolicy.DefaultExtensions,
            MaxBytes = (o.Attachments.MaxMegabytes > 0 ? o.Attachments.MaxMegabytes : 100) * 1024L * 1024,
        };
        Problems = problems;
    }

    /// <summary>附件 formats and size limit (GovOpen:Attachments).</summary>
    public GovOpen.Core.Documents.AttachmentPolicy Attachments { get; }

    /// <summary>The site's own host names (GovOpen:SiteHosts).</summary>
    public IReadOnlyCollection<string> OwnHosts { get; }

    /// <summary>The expression rules of the pre-publication check: the default list (unless switched off) and the agency's.</summary>
    public ExpressionRules ExpressionRules { get; }

    /// <summary>The configured values as bound (for display); use the effective properties below for work.</summary>
    public GovOpenOptions Options { get; }

    /// <summary>What is missing or wrong, each naming the configuration key (<see cref="Issue.Field"/>).</summary>
    public IReadOnlyList<Issue> Problems { get; }

    public TimeZoneInfo Zone { get; }

    public int InterpretationDeadlineWorkingDays { get; } = DefaultInterpretationDeadline;

    /// <summary>The agency's 索引号 scheme, or null when it is not configured (index numbers are then not checked).</summary>
    public IndexNumberScheme? IndexNumberScheme { get; }

    public NormativeValidityPolicy NormativePolicy { get; } = new();

    /// <summary>Always <c>propose</c>: another document's clause never changes a document without an editor's confirmation.</summary>
    public string ValidityCascade { get; } = "propose";

    public int RetentionYears { get; } = 5;

    public string SearchIndexPath { get; } = new GovOpenOptions().SearchIndexPath;

    /// <summary>False when the request register's database settings are unusable: the module is paused and says so.</summary>
    public bool RequestsUsable { get; } = true;
}
