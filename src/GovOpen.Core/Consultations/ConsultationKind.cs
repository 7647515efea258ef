using GovOpen.Core.Vocabularies;

namespace GovOpen.Core.Consultations;

/// <summary>What a draft put out for public comment is; the kind decides the statutory minimum period.</summary>
public enum ConsultationKind
{
    /// <summary>重大行政决策事项 (《重大行政决策程序暂行条例》, 国务院令第713号, art. 15): generally not less than 30 days.</summary>
    MajorDecision,

    /// <summary>规章 (《规章制定程序条例》 art. 16): generally not less than 30 days.</summary>
    Rule,

    /// <summary>行政规范性文件 (国办发〔2018〕37号): generally not less than 7 working days.</summary>
    NormativeDocument,

    /// <summary>Any other draft an agency puts out for comment: the period it sets.</summary>
    Other,
}

/// <summary>How a moderated comment stands: only <see cref="Published"/> comments reach the public, and only with the commenter's consent.</summary>
public enum CommentStatus
{
    Pending,
    Published,
    Hidden,
    Duplicate,
    Abusive,
}

/// <summary>How the drafting team took up a comment (意见采纳情况).</summary>
public enum CommentAdoption
{
    Undecided,
    Adopted,
    PartlyAdopted,
    NotAdopted,
    NotApplicable,
}

public static class ConsultationNames
{
    public static Vocabulary<ConsultationKind> Kinds { get; } = new("consultationKind", "kind",
    [
        new(ConsultationKind.MajorDecision, "majorDecision", "重大行政决策", "Major administrative decision"),
        new(ConsultationKind.Rule, "rule", "规章", "Rule"),
        new(ConsultationKind.NormativeDocument, "normative", "行政规范性文件", "Normative document") { Synonyms = ["规范性文件"] },
        new(ConsultationKind.Other, "other", "其他", "Other"),
    ]);

    public static Vocabulary<CommentStatus> Statuses { get; } = new("commentStatus", "status",
    [
        new(CommentStatus.Pending, "pending", "待审核", "Awaiting moderation"),
        new(CommentStatus.Published, "published", "已公开", "Published"),
        new(CommentStatus.Hidden, "hidden", "不公开", "Hidden"),
        new(CommentStatus.Duplicate, "duplicate", "重复意见", "Duplicate"),
        new(CommentStatus.Abusive, "abusive", "不当言论", "Abusive"),
    ]);

    public static Vocabulary<CommentAdoption> Adoptions { get; } = new("commentAdoption", "adoption",
    [
        new(CommentAdoption.Undecided, "undecided", "待研究", "Undecided"),
        new(CommentAdoption.Adopted, "adopted", "采纳", "Adopted"),
        new(CommentAdoption.PartlyAdopted, "partlyAdopted", "部分采纳", "Partly adopted"),
        new(CommentAdoption.NotAdopted, "notAdopted", "未采纳", "Not adopted"),
        new(CommentAdoption.NotApplicable, "notApplicable", "不涉及", "Not applicable"),
    ]);
}
