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

public sealed class ContentModelDocTests
{
    private static string Repo()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GovOpen.Umbraco.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }

    [Fact]
    public void Docs_content_model_lists_exactly_the_properties_of_each_document_type_in_order()
    {
        var doc = File.ReadAllText(Path.Combine(Repo(), "docs", "content-model.md"));
        foreach (var type in GovOpen.Core.Content.ContentModelDefinition.DocumentTypes)
        {
            var start = doc.IndexOf($"### `{type.Alias}`", StringComparison.Ordinal);
            Assert.True(start >= 0, $"docs/content-model.md has no section for {type.Alias}");
            var next = doc.IndexOf("\n#", start + 4, StringComparison.Ordinal);
            var section = next < 0 ? doc[start..] : doc[start..next];
            var listed = System.Text.RegularExpressions.Regex.Matches(section, @"^\| `(\w+)` \|", System.Text.RegularExpressions.RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
            Assert.Equal(type.Properties.Select(p => p.Alias), listed);
        }
        foreach (var dataType in GovOpen.Core.Content.ContentModelDefinition.DataTypes)
        {
            Assert.Contains(dataType.Key.ToString(), doc);
        }
    }
}
