using GovOpen.Core;
using GovOpen.Core.Documents;

namespace GovOpen.Umbraco.PropertyEditors;

/// <summary>A 文号 as Core's <see cref="DocumentNumberParser"/> reads it: its error, or else its warnings.</summary>
public sealed class DocumentNumberValidator : GovValueValidator
{
    /// <inheritdoc />
    public override IEnumerable<Issue> Check(string value)
    {
        var r = DocumentNumberParser.Parse(value);
        return r.Error is { } e ? [e] : r.Warnings;
    }
}
