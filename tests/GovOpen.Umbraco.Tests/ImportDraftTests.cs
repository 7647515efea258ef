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
        var api = new ImportApiController(new ContentPackageImporter(cs.Object, types.Object), new FixedClock(new DateOnly(2026, 11, 23)));

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
        Assert.Equal("parent", Field(await api.Draft(File("通知.txt", Notice), Guid.NewGuid().ToString())));
        Assert.Equal("file", Field(await api.Draft(null, parent.Key.ToString())));
        Assert.Equal("file", Field(await api.Draft(File("fake.docx", "nope"u8.ToArray()), parent.Key.ToString())));
        Assert.Equal(1, created);
    }

    [Fact]
    public void Draft_creation_needs_a_back_office_user()
    {
        Assert.Equal("BackOfficeAccess", (Attribute.GetCustomAttribute(typeof(ImportApiController), typeof(Microsoft.AspNetCore.Authorization.AuthorizeAttribute)) as Microsoft.AspNetCore.Authorization.AuthorizeAttribute)?.Policy);
    }
}
