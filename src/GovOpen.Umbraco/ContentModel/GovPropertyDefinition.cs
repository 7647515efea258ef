namespace GovOpen.Umbraco.ContentModel;

/// <summary>A property: alias, Chinese name, data type key, group, mandatory flag, description.</summary>
public sealed record GovPropertyDefinition(string Alias, string Name, Guid DataTypeKey, string Group = "content", bool Mandatory = false, string? Description = null);
