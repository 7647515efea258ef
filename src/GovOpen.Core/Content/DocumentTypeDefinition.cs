namespace GovOpen.Core.Content;

/// <summary>A document type with its properties and allowed children; <see cref="Module"/> names the <c>GovOpen:Modules</c> switch that gates it.</summary>
public sealed record DocumentTypeDefinition(Guid Key, string Alias, string Name, string Icon, bool AllowedAsRoot, bool ListView, IReadOnlyList<string> AllowedChildren, IReadOnlyList<PropertyDefinition> Properties, string? Module = null);
