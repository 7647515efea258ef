using GovOpen.Core.Documents;

namespace GovOpen.Umbraco.Composing;

/// <summary>Settings bound from the <c>GovOpen</c> section of appsettings.json.</summary>
public sealed class GovOpenOptions
{
    public const string Section = "GovOpen";

    /// <summary>A folder of holiday year files (<c>2027.json</c>) that add to or replace the embedded 放假调休 arrangements.</summary>
    public string? CalendarDirectory { get; set; }

    /// <summary>发布机构, e.g. 示例市人民政府.</summary>
    public string AgencyName { get; set; } = "";

    /// <summary>索引号 template (see IndexNumberScheme), e.g. <c>{org}/{yyyy}-{seq:5}</c>.</summary>
    public string IndexNumberTemplate { get; set; } = IndexNumberScheme.GovCnTemplate;

    /// <summary>The agency's organisation code used by <c>{org}</c>.</summary>
    public string OrganisationCode { get; set; } = "";

    /// <summary>The agency's time zone (IANA id): "today" for publication dates, deadlines and validity is taken in it.</summary>
    public string TimeZone { get; set; } = GovOpen.Core.Time.AgencyClock.DefaultTimeZoneId;

    /// <summary>Working days within which an interpretation is due (0 = same day).</summary>
    public int InterpretationDeadlineWorkingDays { get; set; } = 3;

    public NormativeOptions Normative { get; set; } = new();

    /// <summary>The 依申请公开 register (GovOpen:Requests).</summary>
    public RequestRegisterOptions Requests { get; set; } = new();

    public sealed class RequestRegisterOptions
    {
        /// <summary><c>sqlite</c> (default), <c>postgres</c> or <c>sqlserver</c>.</summary>
        public string Provider { get; set; } = "sqlite";

        /// <summary>Defaults to a SQLite file under umbraco/Data/GovOpen.</summary>
        public string? ConnectionString { get; set; }

        /// <summary>Years after completion before applicants' personal data is erased.</summary>
        public int RetentionYears { get; set; } = 5;
    }

    public ModuleOptions Modules { get; set; } = new();

    /// <summary>Host names of the public site (e.g. www.shili.gov.cn): absolute body links to them are checked as internal links.</summary>
    public string[] SiteHosts { get; set; } = [];

    /// <summary>附件 the agency allows: formats (extensions without the dot) and a size limit in MB; GovOpen's defaults when empty.</summary>
    public AttachmentOptions Attachments { get; set; } = new();

    public sealed class AttachmentOptions
    {
        public string[] AllowedExtensions { get; set; } = [];

        public int MaxMegabytes { get; set; } = 100;
    }

    /// <summary>The pre-publication check (公开检查).</summary>
    public CheckOptions Checks { get; set; } = new();

    public sealed class CheckOptions
    {
        /// <summary>The agency's expression rules (the TSV format of the default list), added to the default list.</summary>
        public string? ExpressionRulesPath { get; set; }

        /// <summary>Whether GovOpen's default expression list is used (with the agency's, if any).</summary>
        public bool UseDefaultExpressionRules { get; set; } = true;
    }

    /// <summary><c>apply</c>: abolition/revision clauses update the referenced documents at once; <c>propose</c>: record a pending change for an editor.</summary>
    public string ValidityCascade { get; set; } = "propose";

    /// <summary>Searches with text per client address and minute on the anonymous search endpoint; 0 = no limit.</summary>
    public int SearchesPerMinute { get; set; } = 60;

    /// <summary>Where the search indexes live; relative paths are under the content root.</summary>
    public string SearchIndexPath { get; set; } = "umbraco/Data/GovOpen/Search";

    public sealed class NormativeOptions
    {
        public int DefaultYears { get; set; } = 5;
        public int ProvisionalYears { get; set; } = 2;
        public int MaxYears { get; set; } = 5;
    }

    public sealed class ModuleOptions
    {
        public bool Meetings { get; set; } = true;
        public bool Fees { get; set; } = true;

        /// <summary>意见征集: the consultation column and page types (comments are kept in the request register's database).</summary>
        public bool Consultations { get; set; } = true;
        public bool Requests { get; set; } = true;
        public bool Search { get; set; } = true;
    }

    public GovOpen.Core.Validity.NormativeValidityPolicy NormativePolicy => new()
    {
        DefaultYears = Normative.DefaultYears,
        ProvisionalYears = Normative.ProvisionalYears,
        MaxYears = Normative.MaxYears,
    };
}
