using GovOpen.Core;
using GovOpen.Core.Vocabularies;

namespace GovOpen.Umbraco.PropertyEditors;

/// <summary>A value of one of Core's vocabularies (alias, Chinese name or synonym); shared by the four vocabulary editors.</summary>
public sealed class VocabularyValidator<T>(Vocabulary<T> vocabulary) : GovValueValidator
    where T : struct, Enum
{
    /// <inheritdoc />
    public override IEnumerable<Issue> Check(string value) =>
        vocabulary.TryParse(value, out _)
            ? []
            : [Issue.Error(vocabulary.Field, "unknown", $"“{value}”不在可选值中（{string.Join("、", vocabulary.All.Select(t => t.Name))}）", $"'{value}' is not one of the allowed values ({string.Join(", ", vocabulary.All.Select(t => t.Alias))}).")];
}
