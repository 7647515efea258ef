using GovOpen.Umbraco.ContentModel;
using GovOpen.Umbraco.PropertyEditors;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.IO;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.PropertyEditors;
using Umbraco.Cms.Core.Serialization;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Strings;

namespace GovOpen.Umbraco.Tests;

/// <summary>Real Core objects wired the way the runtime does (short strings WithDefault, so Chinese aliases vanish as in production).</summary>
public static class Umb
{
    public static readonly IShortStringHelper ShortStrings = new DefaultShortStringHelper(new DefaultShortStringHelperConfig().WithDefault(new RequestHandlerSettings()));
    public static readonly StjSerializer Serializer = new();

    public static IDataValueEditorFactory ValueEditorFactory(IContentService? contentService = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton(ShortStrings);
        services.AddSingleton<IJsonSerializer>(Serializer);
        services.AddSingleton(Mock.Of<IIOHelper>());
        services.AddSingleton(contentService ?? Mock.Of<IContentService>());
        return new DataValueEditorFactory(services.BuildServiceProvider());
    }

    public static List<IDataEditor> Editors(IContentService? contentService = null)
    {
        var f = ValueEditorFactory(contentService);
        return
        [
            new TestTextEditor(f), new DocumentNumberDataEditor(f), new TopicDataEditor(f), new GenreDataEditor(f), new PolicyCategoryDataEditor(f),
            new DisclosureDataEditor(f), new ValidityDataEditor(f, GovOpen.Core.Time.AgencyClock.System), new InterpretationLinkDataEditor(f, contentService ?? Mock.Of<IContentService>()),
            new InterpretationFormDataEditor(f), new FeeCategoryDataEditor(f), new FeeStandardDataEditor(f), new MeetingAgendaDataEditor(f), new GraphicImagesDataEditor(f), new QuestionsAndAnswersDataEditor(f),
            new StandardCatalogueDataEditor(f),
            new DecisionCatalogueDataEditor(f),
        ];
    }

    /// <summary>Data types for every key the model uses: ours with our editors, built-in ones with a text editor.</summary>
    public static Dictionary<Guid, IDataType> DataTypes(IContentService? contentService = null)
    {
        var editors = Editors(contentService);
        var dict = new Dictionary<Guid, IDataType>();
        foreach (var key in GovOpen.Core.Content.ContentModelDefinition.BuiltIns.Select(b => b.Key))
        {
            dict[key] = new DataType(editors[0], Serializer) { Key = key, Name = key.ToString() };
        }
        foreach (var d in GovContentModel.DataTypes)
        {
            dict[d.Key] = new DataType(editors.Single(e => e.Alias == d.EditorAlias), Serializer) { Key = d.Key, Name = d.Name };
        }
        return dict;
    }

    /// <summary>A document type built from our definition, with real property types.</summary>
    public static ContentType Type(string alias, Dictionary<Guid, IDataType>? dataTypes = null)
    {
        dataTypes ??= DataTypes();
        var def = GovContentModel.DocumentTypes.Single(d => d.Alias == alias);
        var ct = new ContentType(ShortStrings, -1) { Alias = def.Alias, Name = def.Name, Key = def.Key, Id = Math.Abs(def.Key.GetHashCode() % 100_000) + 1 };
        ct.AllowedContentTypes = def.AllowedChildren
            .Select((alias, i) => new ContentTypeSort(GovContentModel.DocumentTypes.Single(d => d.Alias == alias).Key, i, alias)).ToList();
        foreach (var p in def.Properties)
        {
            ct.AddPropertyType(new PropertyType(ShortStrings, dataTypes[p.DataTypeKey], p.Alias) { Name = p.Name }, p.Group, p.Group);
        }
        return ct;
    }

    private static int _nextId = 1000;

    /// <summary>Publishes the current values as Umbraco's publishing does (Property.PublishValues), so published and edited values can differ.</summary>
    public static void Publish(IContent c)
    {
        foreach (var p in c.Properties)
        {
            p.PublishValues();
        }
        c.Published = true;
    }

    public static Content Content(ContentType type, string name, Dictionary<string, object?> values, bool published = false)
    {
        var c = new Content(name, -1, type) { Id = Interlocked.Increment(ref _nextId), Key = Guid.NewGuid() };
        c.Path = $"-1,{c.Id}"; // as the repository sets it: the ids from the root to the node
        foreach (var (k, v) in values)
        {
            c.SetValue(k, v);
        }
        if (published)
        {
            Publish(c);
        }
        return c;
    }
}
