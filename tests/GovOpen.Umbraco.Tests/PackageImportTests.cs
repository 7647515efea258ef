using GovOpen.Packaging;
using GovOpen.Core.Content;
using GovOpen.Umbraco.Import;

namespace GovOpen.Umbraco.Tests;

public sealed class PackageImportTests
{
    [Fact]
    public void Imports_drafts_under_a_parent_and_reimports_by_key()
    {
        var site = new FakeSite();
        var parent = site.Add(ContentTypes.PolicyFolder, "政策文件", []);
        var created = 0;
        var (cs, types) = site.ImportServices(() => created++);
        var dir = System.IO.Directory.CreateTempSubdirectory("govopen-umb-import").FullName;
        try
        {
            var item = new ContentItem
            {
                Id = "imp-0123456789abcdef0123",
                ContentType = ContentTypes.PolicyDocument,
                Name = "示例市关于加强公共数据管理的通知",
                Route = new ContentRoute("/x/"),
                Properties = new System.Text.Json.Nodes.JsonObject
                {
                    ["draft"] = true,
                    ["documentNumber"] = "示府发〔2026〕8号",
                    ["issuers"] = new System.Text.Json.Nodes.JsonArray("示例市人民政府", "示例市数据局"),
                    ["body"] = new System.Text.Json.Nodes.JsonObject { ["markup"] = "<p>正文</p>" },
                    ["disclosure"] = new System.Text.Json.Nodes.JsonObject { ["attribute"] = "proactive" },
                    ["notAPropertyOfTheType"] = "ignored",
                },
            };
            ContentPackage.Write(dir, new PackageManifest { Name = "drafts" }, [item]);
            var importer = new ContentPackageImporter(cs.Object, types.Object);
            var first = importer.Import(ContentPackage.Load(dir), parent.Key);
            Assert.Equal((1, 0), (first.Created, first.Updated));
            var node = site.Contents.Single(c => c.Key == ContentPackageImporter.KeyFor(item.Id));
            Assert.Equal("示府发〔2026〕8号", node.GetValue<string>("documentNumber"));
            Assert.Equal("示例市人民政府\n示例市数据局", node.GetValue<string>("issuers"));
            Assert.Equal("<p>正文</p>", node.GetValue<string>("body"));
            Assert.False(node.Published);

            var second = importer.Import(ContentPackage.Load(dir), parent.Key);
            Assert.Equal((0, 1), (second.Created, second.Updated));
            Assert.Equal(1, created);
            Assert.Throws<GovOpen.Core.GovOpenException>(() => importer.Import(ContentPackage.Load(dir), Guid.NewGuid()));
        }
        finally
        {
            System.IO.Directory.Delete(dir, true);
        }
    }

    private static ContentItem Item(string id, string type = ContentTypes.PolicyDocument, string name = "示例市关于导入的通知（示例）") => new()
    {
        Id = id,
        ContentType = type,
        Name = name,
        Route = new ContentRoute("/x/"),
        Properties = new System.Text.Json.Nodes.JsonObject { ["documentNumber"] = "示府发〔2026〕9号" },
    };

    [Fact]
    public void A_node_with_the_items_key_is_updated_only_when_it_is_the_same_item_under_the_same_column()
    {
        var site = new FakeSite();
        var column = site.Add(ContentTypes.PolicyFolder, "政策文件", []);
        var other = site.Add(ContentTypes.PolicyFolder, "另一栏目", []);
        var (cs, types) = site.ImportServices(() => { });
        var importer = new ContentPackageImporter(cs.Object, types.Object);
        var elsewhere = site.AddUnder(other, ContentTypes.PolicyDocument, "别处的文件", new() { ["documentNumber"] = "示府发〔2025〕1号" });
        var sameColumnOtherType = site.AddUnder(column, ContentTypes.PolicyInterpretation, "一篇解读", []);
        var trashed = site.AddUnder(column, ContentTypes.PolicyDocument, "回收站中的文件", new() { ["documentNumber"] = "示府发〔2025〕2号" });
        site.Trash(trashed);

        // A package's GUID id is used as the key as it is: naming another node's key must not overwrite it.
        var report = importer.Import([Item(elsewhere.Key.ToString()), Item(sameColumnOtherType.Key.ToString()), Item(trashed.Key.ToString()), Item("imp-new-0001")], column.Key);

        Assert.Equal((1, 0), (report.Created, report.Updated));
        Assert.Equal(["exists-elsewhere", "other-type", "trashed"], report.Problems.Where(p => p.Severity == GovOpen.Core.Severity.Error).Select(p => p.Code).ToArray());
        Assert.All(report.Problems, p => Assert.Equal("id", p.Field));
        Assert.Equal("别处的文件", elsewhere.Name);
        Assert.Equal("示府发〔2025〕1号", elsewhere.GetValue<string>("documentNumber"));
        Assert.Equal("一篇解读", sameColumnOtherType.Name);
        Assert.Equal("示府发〔2025〕2号", trashed.GetValue<string>("documentNumber"));
        Assert.Equal(column.Id, site.Contents.Single(c => c.Key == ContentPackageImporter.KeyFor("imp-new-0001")).ParentId);
    }

    [Fact]
    public async Task An_editor_updates_an_imported_node_only_with_update_permission_on_it_and_the_other_items_still_import()
    {
        var site = new FakeSite();
        var column = site.Add(ContentTypes.PolicyFolder, "政策文件", []);
        var (cs, types) = site.ImportServices(() => { });
        var importer = new ContentPackageImporter(cs.Object, types.Object);
        importer.Import([Item("imp-locked-01"), Item("imp-open-02")], column.Key);
        var locked = site.Contents.Single(c => c.Key == ContentPackageImporter.KeyFor("imp-locked-01"));
        var editor = FakeUsers.User(7, "编辑甲", "editor");

        var report = await importer.ImportAsEditorAsync([Item("imp-locked-01", name: "改过的名称"), Item("imp-open-02", name: "改过的名称"), Item("imp-new-03")], column.Key, editor, FakeUsers.Permissions(locked.Key));

        Assert.Equal((1, 1), (report.Created, report.Updated));
        var refused = Assert.Single(report.Problems);
        Assert.Equal(("id", "forbidden"), (refused.Field, refused.Code));
        Assert.Contains("imp-locked-01", refused.Message);
        Assert.Equal("示例市关于导入的通知（示例）", locked.Name);
        Assert.Equal("改过的名称", site.Contents.Single(c => c.Key == ContentPackageImporter.KeyFor("imp-open-02")).Name);
    }
}
