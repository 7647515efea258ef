namespace GovOpen.Core.Content;

/// <summary>
/// A data type every Umbraco 17 site has, referenced by its well-known key; the editor and UI aliases are the ones
/// Umbraco's install data gives it (docs/umbraco-contract.md, "Content model and installer").
/// </summary>
public sealed record BuiltInDataType(Guid Key, string Name, string EditorAlias, string EditorUiAlias);
