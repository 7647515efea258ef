namespace GovOpen.Umbraco.ContentModel;

/// <summary>Which values of a document to read: what the public sees, or what the editor last saved.</summary>
public enum ContentVersion
{
    /// <summary>The published values (<c>IContent.GetValue(alias, published: true)</c>): for every public surface.</summary>
    Published,
    /// <summary>The edited (draft) values: for editors' checks, the editorial index and publishing rules.</summary>
    Edited,
}
