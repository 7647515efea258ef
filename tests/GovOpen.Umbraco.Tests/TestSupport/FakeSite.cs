using GovOpen.Umbraco.ContentModel;
using Moq;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Services;

namespace GovOpen.Umbraco.Tests;

/// <summary>A small site: content by key and id, relations in a list.</summary>
internal sealed class FakeSite
{
    public Dictionary<string, IDataType> _ = new();
    public readonly Dictionary<Guid, IDataType> DataTypes = Umb.DataTypes();
    public readonly List<IContent> Contents = [];
    public readonly List<IRelation> Relations = [];
    /// <summary>Umbraco's automatic document-reference relation type (parent references child).</summary>
    public readonly IRelationType RelationType = new RelationType("Related Document", global::Umbraco.Cms.Core.Constants.Conventions.RelationTypes.RelatedDocumentAlias, false, global::Umbraco.Cms.Core.Constants.ObjectTypes.Document, global::Umbraco.Cms.Core.Constants.ObjectTypes.Document, true);
    public int Saves;

    public ContentType Type(string alias) => Umb.Type(alias, DataTypes);

    public Content Add(string alias, string name, Dictionary<string, object?> values, bool published = true)
    {
        var c = Umb.Content(Type(alias), name, values, published);
        Contents.Add(c);
        return c;
    }

    /// <summary>A node below another (a column and its documents), with the path Umbraco's repository would give it.</summary>
    public Content AddUnder(IContent parent, string alias, string name, Dictionary<string, object?> values, bool published = true)
    {
        var c = Add(alias, name, values, published);
        c.ParentId = parent.Id;
        c.Path = $"{parent.Path},{c.Id}";
        return c;
    }

    /// <summary>Moves a node and its branch to the recycle bin as Umbraco does: trashed, path under -20, still published.</summary>
    public void Trash(IContent node)
    {
        var old = node.Path;
        foreach (var c in Contents.Where(c => c.Path == old || c.Path.StartsWith(old + ",", StringComparison.Ordinal)))
        {
            c.Path = "-1,-20" + c.Path[2..];
            ((Content)c).Trashed = true;
        }
    }

    public IContentService ContentService()
    {
        var m = new Mock<IContentService>();
        m.Setup(s => s.GetById(It.IsAny<Guid>())).Returns((Guid k) => Contents.FirstOrDefault(c => c.Key == k));
        m.Setup(s => s.GetById(It.IsAny<int>())).Returns((int id) => Contents.FirstOrDefault(c => c.Id == id));
        m.Setup(s => s.Save(It.IsAny<IContent>(), It.IsAny<int?>(), It.IsAny<ContentScheduleCollection?>())).Callback(() => Saves++);
        return m.Object;
    }

    /// <summary>Content and content-type services over this site: Create adds a real Content node.</summary>
    public (Mock<IContentService> Content, Mock<IContentTypeService> Types) ImportServices(Action onCreate)
    {
        var cs = new Mock<IContentService>();
        cs.Setup(s => s.GetById(It.IsAny<Guid>())).Returns((Guid k) => Contents.FirstOrDefault(c => c.Key == k));
        cs.Setup(s => s.Create(It.IsAny<string>(), It.IsAny<Guid>(), It.IsAny<string>(), It.IsAny<int>())).Returns((string name, Guid parentKey, string alias, int _) =>
        {
            onCreate();
            var c = Umb.Content(Type(alias), name, []);
            if (Contents.FirstOrDefault(p => p.Key == parentKey) is { } parent)
            {
                // Umbraco's Create(name, parentKey, …) builds new Content(name, parent, type): the parent's id and path
                c.ParentId = parent.Id;
                c.Path = $"{parent.Path},{c.Id}";
            }
            Contents.Add(c);
            return c;
        });
        var types = new Mock<IContentTypeService>();
        types.Setup(t => t.Get(It.IsAny<string>())).Returns((string a) => Type(a));
        types.Setup(t => t.Get(It.IsAny<int>())).Returns((int id) => GovContentModel.DocumentTypes.Select(d => Type(d.Alias)).FirstOrDefault(t => t.Id == id));
        return (cs, types);
    }

    /// <summary>
    /// What Umbraco does when a document is saved: collect the references of its values (edited and published)
    /// through the data value reference factories and replace its automatic relations with them.
    /// </summary>
    public void TrackReferences(IContent content)
    {
        var factories = new global::Umbraco.Cms.Core.PropertyEditors.DataValueReferenceFactoryCollection(() => [new GovOpen.Umbraco.PropertyEditors.InterpretationLinkReferenceFactory()], Microsoft.Extensions.Logging.Abstractions.NullLogger<global::Umbraco.Cms.Core.PropertyEditors.DataValueReferenceFactoryCollection>.Instance);
        var editors = new global::Umbraco.Cms.Core.PropertyEditors.PropertyEditorCollection(new global::Umbraco.Cms.Core.PropertyEditors.DataEditorCollection(() => Umb.Editors()));
        Relations.RemoveAll(r => r.ParentId == content.Id && r.RelationType.Alias == RelationType.Alias);
        foreach (var reference in factories.GetAllReferences(content.Properties, editors))
        {
            if (reference.Udi is global::Umbraco.Cms.Core.GuidUdi udi && Contents.FirstOrDefault(c => c.Key == udi.Guid) is { } target)
            {
                Relations.Add(new Relation(content.Id, target.Id, RelationType));
            }
        }
    }

    public IRelationService RelationService()
    {
        var m = new Mock<IRelationService>();
        m.Setup(s => s.GetRelationTypeByAlias(RelationType.Alias)).Returns(RelationType);
        m.Setup(s => s.GetByChildId(It.IsAny<int>(), It.IsAny<string>())).Returns((int id, string alias) => Relations.Where(r => r.ChildId == id && r.RelationType.Alias == alias).ToList());
        m.Setup(s => s.GetByParentId(It.IsAny<int>(), It.IsAny<string>())).Returns((int id, string alias) => Relations.Where(r => r.ParentId == id && r.RelationType.Alias == alias).ToList());
        m.Setup(s => s.Relate(It.IsAny<int>(), It.IsAny<int>(), It.IsAny<IRelationType>())).Returns((int p, int c, IRelationType t) =>
        {
            var r = new Relation(p, c, t);
            Relations.Add(r);
            return r;
        });
        m.Setup(s => s.Delete(It.IsAny<IRelation>())).Callback((IRelation r) => Relations.Remove(r));
        return m.Object;
    }

    public static Dictionary<string, object?> Policy(string number = "示府发〔2026〕3号", string disclosure = """{"attribute":"proactive"}""", string signed = "2026-03-02", string published = "2026-03-05", string? body = null, string category = "normative") => new()
    {
        ["documentNumber"] = number,
        ["topic"] = @"综合政务\政务公开",
        ["issuers"] = "示例市人民政府",
        ["signedDate"] = signed,
        ["publishedDate"] = published,
        ["genre"] = "通知",
        ["category"] = category,
        ["disclosure"] = disclosure,
        ["validity"] = """{"effectiveDate":"2026-04-01","validUntil":"2031-03-31","history":[]}""",
        ["body"] = body ?? "<p>正文。</p>",
    };
}
