using GovOpen.Core.Content;

namespace GovOpen.Core.Tests;

public class ContentModelDefinitionTests
{
    [Fact]
    public void Every_document_type_is_defined_once_with_its_fixed_alias()
    {
        Assert.Equal(ContentTypes.All.Order(), ContentModelDefinition.DocumentTypes.Select(d => d.Alias).Order());
        Assert.Equal(ContentModelDefinition.DocumentTypes.Count, ContentModelDefinition.DocumentTypes.Select(d => d.Key).Distinct().Count());
    }

    [Fact]
    public void Every_data_type_is_one_of_our_editors_or_a_built_in_one()
    {
        Assert.Equal(EditorAliases.All, ContentModelDefinition.DataTypes.Select(d => d.EditorAlias));
        var keys = ContentModelDefinition.DataTypes.Select(d => d.Key).Concat(ContentModelDefinition.BuiltIns.Select(b => b.Key)).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
        foreach (var p in ContentModelDefinition.DocumentTypes.SelectMany(d => d.Properties))
        {
            Assert.Contains(p.DataTypeKey, keys);
            Assert.Contains(ContentModelDefinition.Groups, g => g.Alias == p.Group);
        }
        Assert.All(ContentModelDefinition.DataTypes, d => Assert.StartsWith("Gov.PropertyEditorUi.", d.EditorUiAlias, StringComparison.Ordinal));
    }

    [Fact]
    public void Property_aliases_are_the_vocabulary_constants()
    {
        var constants = typeof(PropertyAliases).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToHashSet();
        Assert.All(ContentModelDefinition.DocumentTypes.SelectMany(d => d.Properties), p => Assert.Contains(p.Alias, constants));
        Assert.All(ContentModelDefinition.DocumentTypes.SelectMany(d => d.AllowedChildren), c => Assert.Contains(c, ContentTypes.All));
    }

    [Fact]
    public void System_maintained_fields_are_labels()
    {
        var policy = ContentModelDefinition.DocumentTypes.Single(d => d.Alias == ContentTypes.PolicyDocument);
        Assert.Equal(ContentModelDefinition.Label.Key, policy.Properties.Single(p => p.Alias == PropertyAliases.InterpretationStatus).DataTypeKey);
        Assert.Equal(ContentModelDefinition.Label.Key, policy.Properties.Single(p => p.Alias == PropertyAliases.PendingValidityChanges).DataTypeKey);
    }
}
