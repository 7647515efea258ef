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
}
