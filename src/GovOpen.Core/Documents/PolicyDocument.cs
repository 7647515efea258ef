using GovOpen.Core.Disclosure;
using GovOpen.Core.Validity;

namespace GovOpen.Core.Documents;

/// <summary>What kind of policy document it is, for the annual report (table 2) and validity rules.</summary>
public enum PolicyCategory
{
    /// <summary>其他文件.</summary>
    Other,
    /// <summary>行政规范性文件 — carries a validity period (国办发〔2018〕37号).</summary>
    Normative,
    /// <summary>规章 — issued by decree (令).</summary>
    Rule,
}

/// <summary>An attachment (附件) of a policy document.</summary>
public sealed record Attachment(string Name, string Url, string? MediaType = null, long? SizeBytes = null, string? AlternativeFormatContact = null);

/// <summary>
/// A 政策文件 with the metadata Chinese government sites publish (gov.cn block: 索引号, 主题分类, 发文机关,
/// 成文日期, 标题, 发文字号, 发布日期, 有效性), plus 文种, 公开属性, attachments and the validity record.
/// </summary>
public sealed class PolicyDocument : IPublicationCandidate
{
    public required string Id { get; init; }

    public required string Title { get; set; }

    /// <summary>索引号.</summary>
    public string? IndexNumber { get; set; }

    /// <summary>主题分类, stored as <c>一级\二级</c>.</summary>
    public string? Topic { get; set; }

    /// <summary>发文机关; the first is the lead organ of a joint document (条例 art. 10).</summary>
    public IReadOnlyList<string> Issuers { get; set; } = [];

    /// <summary>成文日期.</summary>
    public DateOnly? SignedDate { get; set; }

    /// <summary>发文字号 as the editor typed it (the normalized form comes from <see cref="ParsedNumber"/>).</summary>
    public string? DocumentNumber { get; set; }

    /// <summary>登记编号 of a 规范性文件 (e.g. HFGS—2017—9), beside the 文号.</summary>
    public string? RegistrationNumber { get; set; }

    /// <summary>发布日期.</summary>
    public DateOnly? PublishedDate { get; set; }

    public DocumentGenre Genre { get; set; } = DocumentGenre.Other;

    public PolicyCategory Category { get; set; } = PolicyCategory.Other;

    public DisclosureDecision Disclosure { get; set; } = DisclosureDecision.Proactive;

    public ValidityRecord Validity { get; set; } = new();

    public IReadOnlyList<Attachment> Attachments { get; set; } = [];

    /// <summary>Body as sanitized HTML or plain text.</summary>
    public string Body { get; set; } = "";

    /// <summary>Whether an interpretation is expected (default: yes for 规章 and 规范性文件).</summary>
    public bool? RequiresInterpretation { get; set; }

    /// <summary>The editor's reason when no interpretation is needed (无需解读).</summary>
    public string? NoInterpretationReason { get; set; }

    public DocumentNumber? ParsedNumber => Documents.DocumentNumber.TryParse(DocumentNumber, out var n) ? n : null;

    public bool IsNormative => Category == PolicyCategory.Normative;

    /// <summary>Whether an interpretation is due, using the default when the editor has not said.</summary>
    public bool InterpretationExpected => RequiresInterpretation ?? Category is PolicyCategory.Normative or PolicyCategory.Rule;

    /// <summary>The year used in filters: from the 文号, else 成文日期, else 发布日期.</summary>
    public int? Year => ParsedNumber?.Year ?? SignedDate?.Year ?? PublishedDate?.Year;
}

/// <summary>Options of <see cref="PolicyDocumentValidator"/> that depend on the agency.</summary>
public sealed record PolicyValidationOptions
{
    public IndexNumberScheme? IndexNumberScheme { get; init; }

    public NormativeValidityPolicy Normative { get; init; } = new();

    /// <summary>Validate for publication (stricter) rather than for saving a draft.</summary>
    public bool ForPublication { get; init; } = true;
}

/// <summary>Checks a policy document; every finding names the field (ASCII alias) and the problem in Chinese and English.</summary>
public static class PolicyDocumentValidator
{
    public const int MaxTitleLength = 300;

    public static IReadOnlyList<Issue> Validate(PolicyDocument doc, PolicyValidationOptions? options = null)
    {
        options ??= new PolicyValidationOptions();
        var issues = new List<Issue>();
        if (string.IsNullOrWhiteSpace(doc.Title))
        {
            issues.Add(Issue.Error("title", "required", "标题不能为空", "The title is required."));
        }
        else if (doc.Title.Length > MaxTitleLength)
        {
            issues.Add(Issue.Error("title", "too-long", $"标题过长（最多{MaxTitleLength}字）", $"The title is longer than {MaxTitleLength} characters."));
        }

        if (!string.IsNullOrWhiteSpace(doc.DocumentNumber))
        {
            var parsed = DocumentNumberParser.Parse(doc.DocumentNumber);
            if (parsed.Error is { } err)
            {
                issues.Add(err);
            }
            issues.AddRange(parsed.Warnings);
            if (parsed.Value is { Kind: DocumentNumberKind.Decree } && doc.Genre != DocumentGenre.Order && doc.Category != PolicyCategory.Rule)
            {
                issues.Add(Issue.Warn("genre", "decree-genre", "令号形式的文号通常对应“命令（令）”文种或规章", "A decree number usually belongs to an order or a rule."));
            }
            if (parsed.Value is { Year: { } y } && doc.SignedDate is { } signed && y != signed.Year)
            {
                issues.Add(Issue.Warn("documentNumber", "year-mismatch", $"文号年份{y}与成文日期年份{signed.Year}不一致", $"The number's year {y} differs from the signing year {signed.Year}."));
            }
        }
        else if (options.ForPublication && (doc.Genre.RequiresDocumentNumber() || doc.Category == PolicyCategory.Rule))
        {
            issues.Add(Issue.Error("documentNumber", "required", $"文种为“{doc.Genre.Name()}”的文件发布时必须填写发文字号", $"A {doc.Genre.Alias()} must have a document number to be published."));
        }

        if (doc.Topic is not null || options.ForPublication)
        {
            if (TopicTaxonomy.Validate(doc.Topic) is { } t)
            {
                issues.Add(t);
            }
        }
        if (options.ForPublication && doc.Issuers.Count == 0)
        {
            issues.Add(Issue.Error("issuer", "required", "发文机关不能为空", "The issuing organ is required."));
        }
        if (options.ForPublication && doc.SignedDate is null)
        {
            issues.Add(Issue.Error("signedDate", "required", "成文日期不能为空", "The signing date is required."));
        }
        if (doc.SignedDate is { } s && doc.PublishedDate is { } p && p < s)
        {
            issues.Add(Issue.Error("publishedDate", "before-signed", $"发布日期（{p:yyyy-MM-dd}）不能早于成文日期（{s:yyyy-MM-dd}）", "The publication date cannot be before the signing date."));
        }
        if (doc.SignedDate is { } s2 && doc.Validity.EffectiveDate is { } eff && eff < s2)
        {
            issues.Add(Issue.Error("effectiveDate", "before-signed", $"施行日期（{eff:yyyy-MM-dd}）不能早于成文日期（{s2:yyyy-MM-dd}）", "The effective date cannot be before the signing date."));
        }
        if (doc.IndexNumber is not null || (options.ForPublication && options.IndexNumberScheme is not null))
        {
            if (options.IndexNumberScheme is { } scheme && scheme.Validate(doc.IndexNumber).Error is { } ie)
            {
                issues.Add(ie);
            }
        }
        if (doc.IsNormative && options.ForPublication)
        {
            if (doc.Validity.EffectiveDate is not { } effective)
            {
                issues.Add(Issue.Error("effectiveDate", "required", "行政规范性文件必须填写施行日期", "A normative document must have an effective date."));
            }
            else if (doc.Validity.ValidUntil is not { } until)
            {
                issues.Add(Issue.Error("validUntil", "required", $"行政规范性文件必须注明有效期（默认{options.Normative.DefaultYearsFor(doc.Title)}年，至{options.Normative.DefaultValidUntil(doc.Title, effective):yyyy-MM-dd}）", "A normative document must have a validity period."));
            }
            else if (options.Normative.CheckPeriod(effective, until) is { } pi)
            {
                issues.Add(pi);
            }
        }
        issues.AddRange(doc.Disclosure.Validate());
        if (doc.RequiresInterpretation == false && string.IsNullOrWhiteSpace(doc.NoInterpretationReason))
        {
            issues.Add(Issue.Error("noInterpretationReason", "required", "标记为“无需解读”时必须说明理由", "A reason is required when no interpretation is needed."));
        }
        foreach (var a in doc.Attachments)
        {
            if (string.IsNullOrWhiteSpace(a.Name) || string.IsNullOrWhiteSpace(a.Url))
            {
                issues.Add(Issue.Error("attachments", "incomplete", "附件须有名称和地址", "Each attachment needs a name and a URL."));
            }
        }
        return issues;
    }
}
