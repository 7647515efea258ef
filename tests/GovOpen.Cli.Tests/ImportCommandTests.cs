using System.Text.Json.Nodes;
using GovOpen.Core.Content;
using GovOpen.Packaging;

namespace GovOpen.Cli.Tests;

public sealed class ImportCommandTests : IDisposable
{
    private readonly string _in = Directory.CreateTempSubdirectory("govopen-import-in").FullName;
    private readonly string _out = Path.Combine(Path.GetTempPath(), "govopen-import-out-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        Directory.Delete(_in, true);
        if (Directory.Exists(_out))
        {
            Directory.Delete(_out, true);
        }
    }

    private static (int Code, string Out, string Err) Run(params string[] args) => Cli.Run(args);

    private const string Notice = "示例市人民政府文件\n示府发〔2026〕8号\n示例市人民政府关于加强公共数据管理的通知\n各区人民政府：\n为加强公共数据管理，根据示府规〔2024〕4号，现通知如下。\n一、建立数据目录。\n示例市人民政府\n2026年5月6日\n（此件公开发布）\n";

    [Fact]
    public void Extract_prints_the_documented_json()
    {
        var file = Path.Combine(_in, "notice.txt");
        File.WriteAllText(file, Notice);
        var (code, output, _) = Run("extract", file);
        Assert.Equal(0, code);
        var r = JsonNode.Parse(output)!;
        Assert.Equal("示例市人民政府关于加强公共数据管理的通知", (string?)r["title"]);
        Assert.Equal("示府发〔2026〕8号", (string?)r["documentNumber"]);
        Assert.Equal("示例市人民政府", (string?)r["issuer"]);
        Assert.Equal("2026-05-06", (string?)r["signedDate"]);
        Assert.Equal("各区人民政府", (string?)r["mainRecipients"]);
        Assert.Equal("主动公开", (string?)r["disclosure"]);
        Assert.Equal(["示府规〔2024〕4号"], r["citedNumbers"]!.AsArray().Select(x => (string)x!));
        Assert.NotNull(r["attachments"]);
        Assert.NotNull(r["warnings"]);
    }

    [Fact]
    public void A_folder_import_names_every_file_it_cannot_import_and_never_follows_a_link()
    {
        File.WriteAllText(Path.Combine(_in, "notice.txt"), Notice);
        File.WriteAllBytes(Path.Combine(_in, "old.doc"), [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]);
        File.WriteAllText(Path.Combine(_in, "scan.pdf"), "%PDF-1.4 scanned");
        var secret = Path.Combine(Path.GetTempPath(), $"govopen-secret-{Guid.NewGuid():N}.txt");
        File.WriteAllText(secret, "root:x:0:0:CANARY-SECRET-LINE");
        File.CreateSymbolicLink(Path.Combine(_in, "link.txt"), secret);
        try
        {
            var (code, output, errors) = Run("import", _in, "--out", _out);
            Assert.Equal(1, code); // some files failed
            Assert.Contains("✓ notice.txt", output);
            Assert.Contains("✗ old.doc", errors);
            Assert.Contains("✗ scan.pdf", errors);
            Assert.Contains("✗ link.txt", errors);
            Assert.Contains("符号链接", errors);
            var written = string.Join("\n", Directory.EnumerateFiles(_out, "*", SearchOption.AllDirectories).Select(File.ReadAllText));
            Assert.DoesNotContain("CANARY-SECRET-LINE", written);
            Assert.Single(Directory.EnumerateFiles(Path.Combine(_out, "items")));
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void Extract_of_a_bad_file_is_a_clear_error()
    {
        var file = Path.Combine(_in, "fake.docx");
        File.WriteAllText(file, "not a zip");
        var (code, output, err) = Run("extract", file);
        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.Contains("fake.docx", err);
        Assert.Contains("ZIP", err);
    }

    [Fact]
    public void Batch_import_continues_past_failures_and_reimport_updates_by_id()
    {
        File.WriteAllText(Path.Combine(_in, "a.txt"), Notice);
        File.WriteAllText(Path.Combine(_in, "b.txt"), Notice.Replace("8号", "9号", StringComparison.Ordinal).Replace("公共数据管理", "政务服务", StringComparison.Ordinal));
        Directory.CreateDirectory(Path.Combine(_in, "sub"));
        File.WriteAllText(Path.Combine(_in, "sub", "c.txt"), Notice.Replace("8号", "10号", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(_in, "broken.docx"), "garbage");
        File.WriteAllBytes(Path.Combine(_in, "empty.txt"), []);
        File.WriteAllText(Path.Combine(_in, "scanned.pdf"), "%PDF"); // not importable, and said so (never silently skipped)

        var (code, output, errors) = Run("import", _in, "--out", _out);
        Assert.Equal(1, code);
        // The drafts written are the result (stdout); a file that could not be imported is an error (stderr).
        Assert.Contains("✗ broken.docx：", errors);
        Assert.Contains("✗ empty.txt：文件为空", errors);
        Assert.DoesNotContain("✗", output);
        Assert.Equal(3, output.Split('\n').Count(l => l.StartsWith("✓", StringComparison.Ordinal)));
        Assert.All(output.Split('\n').Where(l => l.StartsWith("✓", StringComparison.Ordinal)), l => Assert.Contains("(kept 100% of ", l)); // never lose a word
        Assert.Contains("✗ scanned.pdf：", errors);
        Assert.Contains("导入 3 条草稿，失败 3 个", output);
        var pkg = ContentPackage.Load(_out);
        Assert.Equal(3, pkg.Items.Count);
        Assert.All(pkg.Items, i => Assert.True(ContentMapper.IsDraft(i)));
        Assert.Contains(pkg.Items, i => (string?)i.Properties["documentNumber"] == "示府发〔2026〕9号");

        // Importing again (one file changed) updates drafts by id and never duplicates.
        File.WriteAllText(Path.Combine(_in, "broken.docx"), Notice.Replace("8号", "11号", StringComparison.Ordinal));
        File.Move(Path.Combine(_in, "broken.docx"), Path.Combine(_in, "fixed.txt"));
        Run("import", _in, "--out", _out);
        Assert.Equal(4, ContentPackage.Load(_out).Items.Count);
        Run("import", _in, "--out", _out);
        Assert.Equal(4, ContentPackage.Load(_out).Items.Count);
    }

    [Fact]
    public void Identical_copies_make_one_draft_and_the_import_says_so()
    {
        File.WriteAllText(Path.Combine(_in, "a.txt"), Notice);
        File.WriteAllText(Path.Combine(_in, "a-copy.txt"), Notice);
        File.WriteAllText(Path.Combine(_in, "b.txt"), Notice.Replace("8号", "9号", StringComparison.Ordinal));
        var (code, output, errors) = Run("import", _in, "--out", _out);
        Assert.Equal(0, code);
        Assert.Contains("导入 2 条草稿（1 个相同文件已合并）", output);
        Assert.Contains("(1 identical copies merged)", output);
        Assert.Contains("= 2 个相同的文件合为一条草稿", errors);
        Assert.Equal(2, ContentPackage.Load(_out).Items.Count);
    }

    [Fact]
    public void Import_needs_an_output_directory() => Assert.Equal(2, Run("import", _in).Code);
}
