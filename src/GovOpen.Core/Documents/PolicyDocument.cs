using GovOpen.Core.Disclosure;
using GovOpen.Core.Validity;

namespace GovOpen.Core.Documents;

/// <summary>
/// A 政策文件 with the metadata Chinese government sites publish (gov.cn block: 索引号, 主题分类, 发文机关,
/// 成文日期, 标题, 发文字号, 发布日期, 有效性), plus 文种, 公开属性, attachments and the validity record.
/// </summary>
public sealed record PolicyDocument : IPublicationCandidate
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    /// <summary>索引号.</summary>
    public string? IndexNumber { get; init; }

    /// <summary>主题分类, stored as <c>一级\二级</c>.</summary>
    public string? Topic { get; init; }

    /// <summary>发文机关; the first is the lead organ of a joint document (条例 art. 10).</summary>
    public IReadOnlyList<string> Issuers { get; init; } = [];

    /// <summary>成文日期.</summary>
    public DateOnly? SignedDate { get; init; }

    /// <summary>发文字号 as the editor typed it (the normalized form comes from <see cref="ParsedNumber"/>).</summary>
    public string? DocumentNumber
    {
        get;
        init
        {
            field = value;
            ParsedNumber = Documents.DocumentNumber.TryParse(value, out var n) ? n : null;
        }
    }

    /// <summary>登记编号 of a 规范性文件 (e.g. HFGS—2017—9), beside the 文号.</summary>
    public string? RegistrationNumber { get; init; }

    /// <summary>发布日期.</summary>
    public DateOnly? PublishedDate { get; init; }

    public DocumentGenre Genre { get; init; } = DocumentGenre.Other;

    public PolicyCategory Category { get; init; } = PolicyCategory.Other;

    public DisclosureDecision Disclosure { get; init; } = DisclosureDecision.Proactive;

    public ValidityRecord Validity { get; init; } = ValidityRecord.None;

    public IReadOnlyList<Attachment> Attachments { get; init; } = [];

    /// <summary>Body as sanitized HTML or plain text.</summary>
    public string Body { get; init; } = "";

    /// <summary>Whether an interpretation is expected (default: yes for 规章 and 规范性文件).</summary>
    public bool? RequiresInterpretation { get; init; }

    /// <summary>The editor's reason when no interpretation is needed (无需解读).</summary>
    public string? NoInterpretationReason { get; init; }

    /// <summary>The 文号 parsed, once, when it is set (lists, facets and reference checks read it for every document).</summary>
    public DocumentNumber? ParsedNumber { get; private init; }

    /// <summary>A 行政规范性文件: must state its effective date and validity period.</summary>
    public bool IsNormative => PolicyCategories.Vocabulary.Has(Category, PolicyCategories.HasValidityPeriod);

    /// <summary>Whether publishing needs a 发文字号: by its 文种, or because it is a 规章.</summary>
    public bool RequiresDocumentNumber => Genre.RequiresDocumentNumber() || PolicyCategories.Vocabulary.Has(Category, PolicyCategories.RequiresNumber);

    /// <summary>Whether an interpretation is due, using the default of the category when the editor has not said.</summary>
    public bool InterpretationExpected => RequiresInterpretation ?? PolicyCategories.Vocabulary.Has(Category, PolicyCategories.ExpectsInterpretation);

    /// <summary>The 有效性 shown on a day (现行有效 when no validity is recorded).</summary>
    public ValidityState ValidityOn(DateOnly date) => Validity.ShownOn(date);

    /// <summary>The year used in filters: from the 文号, else 成文日期, else 发布日期.</summary>
    public int? Year => ParsedNumber?.Year ?? SignedDate?.Year ?? PublishedDate?.Year;
}
