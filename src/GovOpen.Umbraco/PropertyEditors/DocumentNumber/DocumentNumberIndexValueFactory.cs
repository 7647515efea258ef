using GovOpen.Core.Documents;

namespace GovOpen.Umbraco.PropertyEditors;

/// <summary>Indexes a 文号 as stored, normalized, and as its series (代字〔年〕) for Examine searches.</summary>
public sealed class DocumentNumberIndexValueFactory : TextIndexValueFactory
{
    /// <inheritdoc />
    protected override IEnumerable<object?> Terms(string raw) =>
        DocumentNumber.TryParse(raw, out var n) ? [raw, n!.Normalized, n.SeriesKey] : [raw];
}
