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
    public readonly IRelationType RelationType = new RelationType("政策解读关联", GovRelationTypes.Interpretation, false, global::Umbraco.Cms.Core.Constants.ObjectTypes.Document, global::Umbraco.Cms.Core.Constants.ObjectTypes.Document, true);
    public int Saves;

    public ContentType Type(string alias) => Umb.Type(alias, DataTypes);

    public Content Add(string alias, string name, Dictionary<string, object?> values, bool published = true)
    {
        var c = Umb.Content(Type(alias), name, values, published);
        Contents.Add(c);
        return c;
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
        cs.Setup(s => s.Create(It.IsAny<string>(), It.IsAny<Guid>(), It.IsAny<string>(), It.IsAny<int>())).Returns((string name, Guid _, string alias, int _) =>
        {
            onCreate();
            var c = Umb.Content(Type(alias), name, []);
            Contents.Add(c);
            return c;
        });
        var types = new Mock<IContentTypeService>();
        types.Setup(t => t.Get(It.IsAny<string>())).Returns((string a) => Type(a));
        return (cs, types);
    }

    public IRelationService RelationService()
    {
        var m = new Mock<IRelationService>();
        m.Setup(s => s.GetRelationTypeByAlias(GovRelationTypes.Interpretation)).Returns(RelationType);
        m.Setup(s => s.GetByChildId(It.IsAny<int>(), It.IsAny<string>())).Returns((int id, string _) => Relations.Where(r => r.ChildId == id).ToList());
        m.Setup(s => s.GetByParentId(It.IsAny<int>(), It.IsAny<string>())).Returns((int id, string _) => Relations.Where(r => r.ParentId == id).ToList());
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
