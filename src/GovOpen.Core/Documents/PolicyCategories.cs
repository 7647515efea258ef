using GovOpen.Core.Vocabularies;

namespace GovOpen.Core.Documents;

/// <summary>The vocabulary of policy categories and the rules their flags carry.</summary>
public static class PolicyCategories
{
    public const string Field = "category";

    /// <summary>Flag: a published document of this category must carry a 发文字号 (a 规章 is issued by a numbered decree).</summary>
    public const string RequiresNumber = DocumentGenres.RequiresNumber;

    /// <summary>Flag: a 政策解读 is expected unless the editor says otherwise (规章 and 行政规范性文件).</summary>
    public const string ExpectsInterpretation = "expectsInterpretation";

    /// <summary>Flag: the document must state its effective date and validity period (国办发〔2018〕37号).</summary>
    public const string HasValidityPeriod = "hasValidityPeriod";

    public static Vocabulary<PolicyCategory> Vocabulary { get; } = new("policyCategory", Field,
    [
        new(PolicyCategory.Other, "other", "其他文件", "Other document"),
        new(PolicyCategory.Normative, "normative", "行政规范性文件", "Normative document") { Synonyms = ["规范性文件"], Flags = new HashSet<string> { ExpectsInterpretation, HasValidityPeriod } },
        new(PolicyCategory.Rule, "rule", "规章", "Rule") { Flags = new HashSet<string> { ExpectsInterpretation, RequiresNumber } },
    ]);

    public static string Name(this PolicyCategory c) => Vocabulary.Name(c);

    public static string Alias(this PolicyCategory c) => Vocabulary.Alias(c);
}
