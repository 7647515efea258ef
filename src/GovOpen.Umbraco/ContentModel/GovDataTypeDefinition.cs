namespace GovOpen.Umbraco.ContentModel;

/// <summary>A data type the installer creates: our editor, a fixed key, a Chinese name.</summary>
public sealed record GovDataTypeDefinition(Guid Key, string EditorAlias, string Name);
