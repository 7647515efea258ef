namespace GovOpen.Core.Content;

/// <summary>A property: alias (<see cref="PropertyAliases"/>), Chinese name, data type key, group, mandatory flag, description.</summary>
public sealed record PropertyDefinition(string Alias, string Name, Guid DataTypeKey, string Group = "content", bool Mandatory = false, string? Description = null);
