using Umbraco.Cms.Core;
using Umbraco.Cms.Core.DeliveryApi;

namespace GovOpen.Umbraco.DeliveryApi;

/// <summary>Sorts <c>govSignedDate:asc|desc</c> and <c>govPublishedDate:asc|desc</c>.</summary>
public sealed class GovSortHandler : ISortHandler
{
    public bool CanHandle(string query) =>
        query.StartsWith("govSignedDate:", StringComparison.OrdinalIgnoreCase) || query.StartsWith("govPublishedDate:", StringComparison.OrdinalIgnoreCase);

    public SortOption BuildSortOption(string sort)
    {
        var colon = sort.IndexOf(':');
        var field = sort[..colon].Equals("govSignedDate", StringComparison.OrdinalIgnoreCase) ? GovIndexFields.SignedDate : GovIndexFields.PublishedDate;
        var direction = sort[(colon + 1)..].Trim().Equals("asc", StringComparison.OrdinalIgnoreCase) ? Direction.Ascending : Direction.Descending;
        return new SortOption { FieldName = field, Direction = direction };
    }
}
