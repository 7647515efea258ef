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
}
