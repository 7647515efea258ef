namespace GovOpen.Search;

/// <summary>A facet value with its count.</summary>
public sealed record FacetValue(string Value, int Count, bool Selected);
