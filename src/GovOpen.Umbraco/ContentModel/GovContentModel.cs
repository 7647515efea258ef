using GovOpen.Core.Content;

namespace GovOpen.Umbraco.ContentModel;

/// <summary>
/// The plugin's view of the content model. The definition itself is Core vocabulary
/// (<see cref="ContentModelDefinition"/>); this class only forwards to it for the plugin's callers.
/// </summary>
public static class GovContentModel
{
    // Built-in data types of an Umbraco 17 site, referenced by key.
    public static readonly Guid Textstring = ContentModelDefinition.Textstring.Key;
    public static readonly Guid Textarea = ContentModelDefinition.Textarea.Key;
    public static readonly Guid RichText = ContentModelDefinition.RichText.Key;
    public static readonly Guid DatePicker = ContentModelDefinition.DatePicker.Key;
    public static readonly Guid Checkbox = ContentModelDefinition.Checkbox.Key;
    public static readonly Guid Label = ContentModelDefinition.Label.Key;

    public static IReadOnlyList<DataTypeDefinition> DataTypes => ContentModelDefinition.DataTypes;

    public static IReadOnlyList<PropertyGroupDefinition> Groups => ContentModelDefinition.Groups;

    public static IReadOnlyList<DocumentTypeDefinition> DocumentTypes => ContentModelDefinition.DocumentTypes;

    public static Guid DataTypeKey(string editorAlias) => ContentModelDefinition.DataTypeKey(editorAlias);
}
