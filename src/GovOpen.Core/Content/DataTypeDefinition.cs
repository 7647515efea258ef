namespace GovOpen.Core.Content;

/// <summary>A GovOpen data type: one of our editors (<see cref="EditorAliases"/>), a fixed key, a Chinese name.</summary>
public sealed record DataTypeDefinition(Guid Key, string EditorAlias, string Name)
{
    /// <summary>The back-office property editor UI the installer assigns (<c>Gov.PropertyEditorUi.*</c>).</summary>
    public string EditorUiAlias => EditorAliases.UiAlias(EditorAlias);
}
