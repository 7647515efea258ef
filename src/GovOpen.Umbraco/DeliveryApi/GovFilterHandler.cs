using GovOpen.Core.Documents;
using GovOpen.Core.Validity;
using Umbraco.Cms.Core.DeliveryApi;

namespace GovOpen.Umbraco.DeliveryApi;

/// <summary>
/// Filters <c>govValidity:现行有效</c>, <c>govDocumentNumber:京政办发[2017]12号</c> (normalized; a series such as
/// <c>京政办发〔2017〕</c> lists it), <c>govIssuer:</c>, <c>govYear:2024</c>, <c>govTopic:</c>, <c>govInterpretationOf:{id}</c>.
/// Several values are comma-separated (OR).
/// </summary>
public sealed class GovFilterHandler : IFilterHandler
{
    private static readonly Dictionary<string, string> Prefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["govValidity:"] = GovIndexFields.Validity,
        ["govDocumentNumber:"] = GovIndexFields.DocumentNumber,
        ["govIssuer:"] = GovIndexFields.Issuer,
        ["govYear:"] = GovIndexFields.Year,
        ["govTopic:"] = GovIndexFields.Topic,
        ["govInterpretationOf:"] = GovIndexFields.InterpretationOf,
    };

    public bool CanHandle(string query) => Prefixes.Keys.Any(p => query.StartsWith(p, StringComparison.OrdinalIgnoreCase));

    public FilterOption BuildFilterOption(string filter)
    {
        var prefix = Prefixes.Keys.First(p => filter.StartsWith(p, StringComparison.OrdinalIgnoreCase));
        var field = Prefixes[prefix];
        var negate = filter.Length > prefix.Length && filter[prefix.Length] == '!';
        var raw = filter[(prefix.Length + (negate ? 1 : 0))..];
        var values = raw.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(v => Normalize(field, v)).ToArray();
        return new FilterOption { FieldName = field, Values = values, Operator = negate ? FilterOperation.IsNot : FilterOperation.Is };
    }

    internal static string Normalize(string field, string value) => field switch
    {
        GovIndexFields.Validity => ValidityNames.TryParse(value, out var s) ? s.Name() : value,
        GovIndexFields.DocumentNumber => DocumentNumber.TryParse(value, out var n) ? n!.Normalized : DocumentNumberParser.Compact(value, out _),
        GovIndexFields.Topic => TopicTaxonomy.Normalize(value),
        GovIndexFields.InterpretationOf => Guid.TryParse(value, out var g) ? g.ToString("N") : value,
        _ => value,
    };
}
