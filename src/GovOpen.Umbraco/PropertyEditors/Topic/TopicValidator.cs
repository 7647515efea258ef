using GovOpen.Core;
using GovOpen.Core.Documents;

namespace GovOpen.Umbraco.PropertyEditors;

/// <summary>A topic that <see cref="TopicTaxonomy"/> knows.</summary>
public sealed class TopicValidator : GovValueValidator
{
    /// <inheritdoc />
    public override IEnumerable<Issue> Check(string value) => TopicTaxonomy.Validate(value) is { } i ? [i] : [];
}
