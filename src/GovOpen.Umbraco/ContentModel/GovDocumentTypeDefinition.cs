namespace GovOpen.Umbraco.ContentModel;

/// <summary>A document type with its properties and allowed children.</summary>
public sealed record GovDocumentTypeDefinition(Guid Key, string Alias, string Name, string Icon, bool AllowedAsRoot, bool ListView, IReadOnlyList<string> AllowedChildren, IReadOnlyList<GovPropertyDefinition> Properties, string? Module = null);
