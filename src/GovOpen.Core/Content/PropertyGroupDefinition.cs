namespace GovOpen.Core.Content;

/// <summary>A property group of the document types: ASCII alias, Chinese name.</summary>
public sealed record PropertyGroupDefinition(string Alias, string Name);
