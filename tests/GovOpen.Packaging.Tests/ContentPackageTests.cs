using System.Text.Json.Nodes;
using GovOpen.Core;
using GovOpen.Core.Content;
using GovOpen.Core.Disclosure;
using GovOpen.Core.Documents;
using GovOpen.Core.Validity;

namespace GovOpen.Packaging.Tests;

public sealed class ContentPackageTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("govopen-pkg").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    private static readonly PackageManifest Manifest = new() { Name = "示例", Agency = "示例市人民政府", Sample = true };

    internal static ContentItem PolicyItem(string id, JsonObject props, string name = "示例市人民政府关于印发示例市某某办法的通知") => new()
    {
        Id = id,
        ContentType = ContentTypes.PolicyDocument,
        Name = name,
        CreateDate = new DateTimeOffset(2026, 3, 5, 9, 0, 0, TimeSpan.FromHours(8)),
        UpdateDate = new DateTimeOffset(2026, 3, 5, 9, 0, 0, TimeSpan.FromHours(8)),
        Route = new ContentRoute($"/xxgk/zcwj/{id}/"),
        Properties = props,
    };

    [Fact]
    public void Item_files_in_utf8_with_a_mark_and_in_utf16_or_utf32_are_read_and_an_empty_one_is_reported()
    {
        ContentPackage.Write(_dir, Manifest, [PolicyItem("p0", new JsonObject { ["documentNumber"] = "示府发〔2026〕1号" }, "示例市甲办法")]);
        var items = Path.Combine(_dir, "items");
        var plain = File.ReadAllText(Path.Combine(items, "p0.json"));
        var encodings = new (string Id, System.Text.Encoding Encoding)[]
        {
            ("p1", new System.Text.UTF8Encoding(true)),
            ("p2", new System.Text.UnicodeEncoding(bigEndian: false, byteOrderMark: true)),
            ("p3", new System.Text.UnicodeEncoding(bigEndian: true, byteOrderMark: true)),
            ("p4", new System.Text.UTF32Encoding(bigEndian: true, byteOrderMark: true)),
        };
        foreach (var (id, encoding) in encodings)
        {
            File.WriteAllText(Path.Combine(items, id + ".json"), plain.Replace("\"p0\"", $"\"{id}\"", StringComparison.Ordinal).Replace("p0/", id + "/", StringComparison.Ordinal), encoding);
        }
        File.WriteAllBytes(Path.Combine(items, "p5.json"), []);
        var pkg = ContentPackage.Load(_dir);
        Assert.Equal(["p0", "p1", "p2", "p3", "p4"], pkg.Items.Select(i => i.Id));
        Assert.All(pkg.Items, i => Assert.Equal("示例市甲办法", i.Name));
        Assert.All(pkg.Items, i => Assert.Equal("示府发〔2026〕1号", (string?)i.Properties["documentNumber"]));
        Assert.Contains(pkg.Problems, p => p.Message.Contains("p5.json", StringComparison.Ordinal));
    }

    [Fact]
    public void Round_trips_a_policy_through_a_package()
    {
        var doc = new PolicyDocument
        {
            Id = "p1",
            Title = "示例市公共数据开放暂行办法",
            DocumentNumber = "示府规[2026]1号",
            Topic = @"综合政务\电子政务",
            Issuers = ["示例市人民政府"],
            SignedDate = new DateOnly(2026, 3, 1),
            PublishedDate = new DateOnly(2026, 3, 5),
            Genre = DocumentGenre.Circular,
            Category = PolicyCategory.Normative,
            Body = "<p>第一条 为了规范公共数据开放……</p>",
            Validity = ValidityRecord.Starting(new DateOnly(2026, 4, 1), new DateOnly(2028, 3, 31)),
            Disclosure = DisclosureDecision.Proactive,
        };
        ContentPackage.Write(_dir, Manifest, [ContentMapper.FromPolicy(doc, new ContentRoute("/xxgk/zcwj/p1/"), DateTimeOffset.UnixEpoch)]);
        var pkg = ContentPackage.Load(_dir);
        Assert.Empty(pkg.Problems);
        Assert.True(pkg.Manifest.Sample);
        var issues = new List<Issue>();
        var back = ContentMapper.ToPolicy(pkg.Items.Single(), issues);
        Assert.Empty(issues);
        Assert.Equal("示府规〔2026〕1号", back.DocumentNumber);
        Assert.Equal(doc.Topic, back.Topic);
        Assert.Equal(doc.Issuers, back.Issuers);
        Assert.Equal(doc.SignedDate, back.SignedDate);
        Assert.Equal(PolicyCategory.Normative, back.Category);
        Assert.Equal(new DateOnly(2028, 3, 31), back.Validity.ValidUntil);
        Assert.Equal(ValidityState.Expired, back.Validity.StateOn(new DateOnly(2028, 4, 1)));
        Assert.Equal("第一条 为了规范公共数据开放……", ContentMapper.PlainBody(pkg.Items.Single()));
    }

    [Theory]
    [InlineData("../evil")]
    [InlineData("a/b")]
    [InlineData("..")]
    [InlineData("x.json")]
    [InlineData("")]
    public void Refuses_unsafe_ids_when_writing(string id) =>
        Assert.Throws<GovOpenException>(() => ContentPackage.Write(_dir, Manifest, [PolicyItem(id, [])]));

    [Fact]
    public void Loads_good_items_and_reports_each_bad_one()
    {
        ContentPackage.Write(_dir, Manifest, [PolicyItem("good", new JsonObject { ["documentNumber"] = "示府发〔2026〕1号" })]);
        var items = Path.Combine(_dir, "items");
        File.WriteAllText(Path.Combine(items, "broken.json"), "{ not json");
        File.WriteAllText(Path.Combine(items, "traversal.json"), """{"id":"../../etc/passwd","contentType":"govPolicyDocument","name":"x","route":{"path":"/x/"}}""");
        File.WriteAllText(Path.Combine(items, "type.json"), """{"id":"t1","contentType":"evilType","name":"x","route":{"path":"/x/"}}""");
        File.WriteAllText(Path.Combine(items, "route.json"), """{"id":"r1","contentType":"govPolicyDocument","name":"x","route":{"path":"/../admin/"}}""");
        File.WriteAllText(Path.Combine(items, "dup.json"), File.ReadAllText(Path.Combine(items, "good.json")));
        File.WriteAllBytes(Path.Combine(items, "huge.json"), new byte[ContentPackage.MaxItemBytes + 1]);
        File.CreateSymbolicLink(Path.Combine(items, "link.json"), "/etc/hostname");

        var pkg = ContentPackage.Load(_dir);
        Assert.Equal(["good"], pkg.Items.Select(i => i.Id));
        Assert.Equal(7, pkg.Problems.Count);
        Assert.Contains(pkg.Problems, p => p.Message.StartsWith("broken.json", StringComparison.Ordinal));
        Assert.Contains(pkg.Problems, p => p.Field == "id" && p.Code == "unsafe");
        Assert.Contains(pkg.Problems, p => p.Field == "contentType");
        Assert.Contains(pkg.Problems, p => p.Field == "route");
        Assert.Contains(pkg.Problems, p => p.Code == "duplicate");
        Assert.Contains(pkg.Problems, p => p.Message.StartsWith("huge.json", StringComparison.Ordinal) && p.Message.Contains("过大"));
        Assert.Contains(pkg.Problems, p => p.Message.StartsWith("link.json", StringComparison.Ordinal) && p.Message.Contains("符号链接"));
    }

    [Fact]
    public async Task A_fifo_an_unreadable_file_a_null_route_and_null_properties_are_reported_and_loading_never_hangs()
    {
        ContentPackage.Write(_dir, Manifest, [PolicyItem("good", new JsonObject { ["documentNumber"] = "示府发〔2026〕1号" })]);
        var items = Path.Combine(_dir, "items");
        File.WriteAllText(Path.Combine(items, "nullroute.json"), """{"id":"nr","contentType":"govPolicyDocument","name":"x","route":null,"properties":{}}""");
        File.WriteAllText(Path.Combine(items, "nullprops.json"), """{"id":"np","contentType":"govPolicyDocument","name":"x","route":{"path":"/xxgk/np/"},"properties":null}""");
        using (var mk = System.Diagnostics.Process.Start("mkfifo", Path.Combine(items, "zcwj-2024-010.json")))
        {
            await mk.WaitForExitAsync();
            Assert.Equal(0, mk.ExitCode);
        }
        // A link to nothing is refused and named; a directory named like an item is no item and breaks nothing.
        // (A mode-000 file is no test here: the suite runs as root, which reads it anyway.)
        File.CreateSymbolicLink(Path.Combine(items, "dangling.json"), Path.Combine(_dir, "nowhere.json"));
        Directory.CreateDirectory(Path.Combine(items, "folder.json"));
        // A load that blocked on the FIFO would never finish: give it ten seconds, then fail instead of hanging the suite.
        var load = Task.Run(() => ContentPackage.Load(_dir));
        Assert.Same(load, await Task.WhenAny(load, Task.Delay(TimeSpan.FromSeconds(10))));
        var pkg = await load;
        Assert.Equal(["good"], pkg.Items.Select(i => i.Id));
        Assert.Contains(pkg.Problems, p => p.Message.StartsWith("zcwj-2024-010.json", StringComparison.Ordinal) && p.Message.Contains("不是普通文件"));
        Assert.Contains(pkg.Problems, p => p.Message.Contains("nullroute.json") || p.Field == "route");
        Assert.Contains(pkg.Problems, p => p.Message.Contains("nullprops.json") || p.Field == "properties");
        Assert.Contains(pkg.Problems, p => p.Message.Contains("dangling.json") && p.Message.Contains("符号链接"));
        // The content set from it serves the good item.
        Assert.Single(pkg.ToContentSet().Items);
    }

    [Fact]
    public void Media_references_cannot_leave_the_package()
    {
        ContentPackage.Write(_dir, Manifest, []);
        Directory.CreateDirectory(Path.Combine(_dir, "media", "2026"));
        File.WriteAllText(Path.Combine(_dir, "media", "2026", "plan.pdf"), "%PDF");
        File.WriteAllText(Path.Combine(_dir, "secret.txt"), "secret");
        var pkg = ContentPackage.Load(_dir);
        Assert.NotNull(pkg.ResolveMedia("media/2026/plan.pdf"));
        Assert.NotNull(pkg.ResolveMedia("2026/plan.pdf"));
        Assert.Null(pkg.ResolveMedia("media/../secret.txt"));
        Assert.Null(pkg.ResolveMedia("../../../../etc/passwd"));
        Assert.Null(pkg.ResolveMedia("/etc/passwd"));
        Assert.Null(pkg.ResolveMedia("https://example.invalid/x.pdf"));
        Assert.Null(pkg.ResolveMedia("media/2026/missing.pdf"));
        Assert.Null(pkg.ResolveMedia("media/2026/plan.pdf\0.txt"));
        using (var mk = System.Diagnostics.Process.Start("mkfifo", Path.Combine(_dir, "media", "2026", "pipe.pdf")))
        {
            mk.WaitForExit();
            Assert.Equal(0, mk.ExitCode);
        }
        Assert.Null(pkg.ResolveMedia("media/2026/pipe.pdf")); // a FIFO would hang the request that streams it
        Assert.Throws<GovOpenException>(() => ContentPackage.AddMedia(_dir, Path.Combine(_dir, "secret.txt"), "../outside.txt"));
    }

    [Theory]
    [InlineData(null, "no-manifest")]
    [InlineData("{", "bad-manifest")]
    [InlineData("""{"format":"something-else","version":1}""", "bad-format")]
    [InlineData("""{"format":"govopen-content-package","version":99}""", "bad-version")]
    public void Manifest_problems_are_named(string? manifest, string code)
    {
        if (manifest is not null)
        {
            File.WriteAllText(Path.Combine(_dir, "package.json"), manifest);
        }
        Assert.Equal(code, Assert.Throws<GovOpenException>(() => ContentPackage.Load(_dir)).Issue.Code);
        Assert.Equal("not-found", Assert.Throws<GovOpenException>(() => ContentPackage.Load(Path.Combine(_dir, "nope"))).Issue.Code);
    }
}
