using Moq;
using GovOpen.Core.Content;
using GovOpen.Umbraco.Api;
using GovOpen.Umbraco.Import;

namespace GovOpen.Umbraco.Tests;

public sealed class ImportDraftTests
{
    private static Microsoft.AspNetCore.Http.IFormFile File(string name, byte[] bytes) => new Microsoft.AspNetCore.Http.FormFile(new MemoryStream(bytes), 0, bytes.Length, "file", name);

    private static readonly byte[] Notice = System.Text.Encoding.UTF8.GetBytes("示例市人民政府文件\n示府发〔2026〕8号\n示例市人民政府关于加强公共数据管理的通知\n各区人民政府：\n正文。\n示例市人民政府\n2026年5月6日\n");

    private static string Field(Microsoft.AspNetCore.Mvc.IActionResult r) =>
        System.Text.Json.JsonSerializer.SerializeToElement(Assert.IsType<Microsoft.AspNetCore.Mvc.BadRequestObjectResult>(r).Value).GetProperty("field").GetString()!;

    [Fact]
    public async Task An_uploaded_notice_becomes_an_unpublished_draft_under_the_column_and_reimport_updates_it()
    {
        var site = new FakeSite();
        var parent = site.Add(ContentTypes.PolicyFolder, "政策文件", []);
        var created = 0;
        var (cs, types) = site.ImportServices(() => created++);
        var editor = FakeUsers.User(42, "编辑甲");
        var api = new ImportApiController(new ContentPackageImporter(cs.Object, types.Object), new FixedClock(new DateOnly(2026, 11, 23)),
            FakeUsers.Current(editor), FakeUsers.Permissions(), cs.Object, types.Object);

        var ok = System.Text.Json.JsonSerializer.SerializeToElement(Assert.IsType<Microsoft.AspNetCore.Mvc.OkObjectResult>(await api.Draft(File("通知.txt", Notice), parent.Key.ToString())).Value);
        Assert.True(ok.GetProperty("created").GetBoolean());
        var node = site.Contents.Single(c => c.Key == Guid.Parse(ok.GetProperty("id").GetString()!));
        Assert.Equal("示例市人民政府关于加强公共数据管理的通知", node.Name);
        Assert.Equal("示府发〔2026〕8号", node.GetValue<string>("documentNumber"));
        Assert.False(node.Published);

        var again = System.Text.Json.JsonSerializer.SerializeToElement(Assert.IsType<Microsoft.AspNetCore.Mvc.OkObjectResult>(await api.Draft(File("通知.txt", Notice), parent.Key.ToString())).Value);
        Assert.False(again.GetProperty("created").GetBoolean());
        Assert.Equal(1, created);

        Assert.Equal("parentId", Field(await api.Draft(File("通知.txt", Notice), "../etc")));
        Assert.IsType<Microsoft.AspNetCore.Mvc.NotFoundObjectResult>(await api.Draft(File("通知.txt", Notice), Guid.NewGuid().ToString()));
        Assert.Equal("file", Field(await api.Draft(null, parent.Key.ToString())));
        Assert.Equal("file", Field(await api.Draft(File("fake.docx", "nope"u8.ToArray()), parent.Key.ToString())));
        Assert.Equal(1, created);
    }

    [Fact]
    public async Task Importing_needs_create_permission_on_the_column_and_a_column_that_allows_policies_and_is_done_as_the_editor()
    {
        var site = new FakeSite();
        var column = site.Add(ContentTypes.PolicyFolder, "政策文件", []);
        var meetings = site.Add(ContentTypes.MeetingColumn, "会议公开", []);
        var (cs, types) = site.ImportServices(() => { });
        var editor = FakeUsers.User(42, "编辑甲");
        ImportApiController Api(Who user, params Guid[] denied) => new(new ContentPackageImporter(cs.Object, types.Object), new FixedClock(new DateOnly(2026, 11, 23)),
            FakeUsers.Current(user.User), FakeUsers.Permissions(denied), cs.Object, types.Object);

        var denied = await Api(new(editor), column.Key).Draft(File("通知.txt", Notice), column.Key.ToString());
        Assert.Equal(403, Assert.IsType<Microsoft.AspNetCore.Mvc.ObjectResult>(denied).StatusCode);
        Assert.Equal(403, Assert.IsType<Microsoft.AspNetCore.Mvc.ObjectResult>(await Api(new(null)).Draft(File("通知.txt", Notice), column.Key.ToString())).StatusCode);
        Assert.Equal("parentId", Field(await Api(new(editor)).Draft(File("通知.txt", Notice), meetings.Key.ToString()))); // 会议公开 does not allow 政策文件
        Assert.Equal(2, site.Contents.Count); // nothing was created by a refused import

        Assert.IsType<Microsoft.AspNetCore.Mvc.OkObjectResult>(await Api(new(editor)).Draft(File("通知.txt", Notice), column.Key.ToString()));
        cs.Verify(s => s.Create(It.IsAny<string>(), column.Key, ContentTypes.PolicyDocument, 42), Times.Once); // as the editor, not the super-user
        cs.Verify(s => s.Save(It.IsAny<global::Umbraco.Cms.Core.Models.IContent>(), 42, It.IsAny<global::Umbraco.Cms.Core.Models.ContentScheduleCollection?>()), Times.Once);
    }

    private sealed record Who(global::Umbraco.Cms.Core.Models.Membership.IUser? User);

    [Fact]
    public void Draft_creation_needs_a_back_office_user()
    {
        Assert.Equal("BackOfficeAccess", (Attribute.GetCustomAttribute(typeof(ImportApiController), typeof(Microsoft.AspNetCore.Authorization.AuthorizeAttribute)) as Microsoft.AspNetCore.Authorization.AuthorizeAttribute)?.Policy);
    }

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var ms = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(ms, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var w = new StreamWriter(zip.CreateEntry(name).Open());
                w.Write(text);
            }
        }
        return ms.ToArray();
    }

    private static string Item(string id, string type, string name) =>
        new System.Text.Json.Nodes.JsonObject
        {
            ["id"] = id, ["contentType"] = type, ["name"] = name,
            ["route"] = new System.Text.Json.Nodes.JsonObject { ["path"] = $"/xxgk/zcwj/{id}/" },
            ["properties"] = new System.Text.Json.Nodes.JsonObject { ["documentNumber"] = $"示府发〔2026〕{id.Length}号", ["disclosure"] = new System.Text.Json.Nodes.JsonObject { ["attribute"] = "proactive" } },
        }.ToJsonString();

    [Fact]
    public async Task A_content_package_is_imported_as_drafts_with_every_items_problem_reported_and_a_hostile_zip_is_refused()
    {
        var site = new FakeSite();
        var column = site.Add(ContentTypes.PolicyFolder, "政策文件", []);
        var created = 0;
        var (cs, types) = site.ImportServices(() => created++);
        var api = new ImportApiController(new ContentPackageImporter(cs.Object, types.Object), new FixedClock(new DateOnly(2026, 11, 23)),
            FakeUsers.Current(FakeUsers.User(42, "编辑甲")), FakeUsers.Permissions(), cs.Object, types.Object);
        var zip = Zip(
            ("package.json", """{"name":"迁移","createdAt":"2026-11-20T00:00:00Z"}"""),
            ("items/a1.json", Item("a1", ContentTypes.PolicyDocument, "甲通知")),
            ("items/a2.json", Item("a2", ContentTypes.PolicyDocument, "乙通知")),
            ("items/m1.json", Item("m1", ContentTypes.Meeting, "会议")),
            ("items/broken.json", "{not json"));
        var ok = System.Text.Json.JsonSerializer.SerializeToElement(Assert.IsType<Microsoft.AspNetCore.Mvc.OkObjectResult>(await api.Package(File("迁移.zip", zip), column.Key.ToString())).Value);
        Assert.Equal(2, ok.GetProperty("created").GetInt32());
        var problems = ok.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("message").GetString()!).ToList();
        Assert.Contains(problems, m => m.Contains("broken"));
        Assert.Contains(problems, m => m.StartsWith("m1：", StringComparison.Ordinal)); // 会议 not allowed under 政策文件
        Assert.All(site.Contents.Where(c => c.ContentType.Alias == ContentTypes.PolicyDocument), c => Assert.False(c.Published));
        var again = System.Text.Json.JsonSerializer.SerializeToElement(Assert.IsType<Microsoft.AspNetCore.Mvc.OkObjectResult>(await api.Package(File("迁移.zip", zip), column.Key.ToString())).Value);
        Assert.Equal((0, 2), (again.GetProperty("created").GetInt32(), again.GetProperty("updated").GetInt32())); // updated by id
        Assert.Equal(2, created);

        Assert.Equal("file", Field(await api.Package(File("x.zip", Zip(("../../evil.json", "x"))), column.Key.ToString())));
        Assert.Equal("file", Field(await api.Package(File("x.zip", "not a zip"u8.ToArray()), column.Key.ToString())));
        Assert.Equal(403, Assert.IsType<Microsoft.AspNetCore.Mvc.ObjectResult>(await new ImportApiController(new ContentPackageImporter(cs.Object, types.Object), new FixedClock(new DateOnly(2026, 11, 23)),
            FakeUsers.Current(FakeUsers.User(42, "编辑甲")), FakeUsers.Permissions(column.Key), cs.Object, types.Object).Package(File("迁移.zip", zip), column.Key.ToString())).StatusCode);
    }
}
