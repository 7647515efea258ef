using GovOpen.Core.Vocabularies;

namespace GovOpen.Core.Fees;

/// <summary>Categories of the 收费目录清单.</summary>
public enum FeeCategory
{
    /// <summary>行政事业性收费.</summary>
    AdministrativeFee,
    /// <summary>政府性基金.</summary>
    GovernmentFund,
    /// <summary>政府定价经营服务性收费.</summary>
    GovernmentPricedService,
}

/// <summary>The vocabulary of 收费类别.</summary>
public static class FeeCategories
{
    public static Vocabulary<FeeCategory> Vocabulary { get; } = new("feeCategory", "feeCategory",
    [
        new(FeeCategory.AdministrativeFee, "administrative", "行政事业性收费", "Administrative fee"),
        new(FeeCategory.GovernmentFund, "fund", "政府性基金", "Government fund"),
        new(FeeCategory.GovernmentPricedService, "service", "政府定价经营服务性收费", "Government-priced service charge"),
    ]);

    public static string Name(this FeeCategory c) => Vocabulary.Name(c);

    public static string Alias(this FeeCategory c) => Vocabulary.Alias(c);

    public static bool TryParse(string? value, out FeeCategory category) => Vocabulary.TryParse(value, out category);
}
