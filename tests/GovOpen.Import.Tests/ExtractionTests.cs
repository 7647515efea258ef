using System.Text;
using System.Text.Json.Nodes;
using GovOpen.Core.Content;
using GovOpen.Packaging;
using GovOpen.Core.Disclosure;

namespace GovOpen.Import.Tests;

public class ExtractionTests
{
    private static string FixtureDir => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.txt").Order())
        {
            data.Add(Path.GetFileNameWithoutExtension(f));
        }
        return data;
    }

    private static void AssertMatches(string name, JsonObject actual)
    {
        var expected = JsonNode.Parse(File.ReadAllText(Path.Combine(FixtureDir, name + ".expected.json")))!.AsObject();
        foreach (var (key, value) in expected)
        {
            if (key == "signedDateNote")
            {
                continue;
            }
            if (key == "warningContains")
            {
                Assert.Contains(actual["warnings"]!.AsArray(), w => ((string?)w)!.Contains((string)value!, StringComparison.Ordinal));
                continue;
            }
            Assert.True(JsonNode.DeepEquals(value, actual[key]), $"{name}: {key} expected {value?.ToJsonString() ?? "null"}, got {actual[key]?.ToJsonString() ?? "null"}");
        }
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Extracts_fixture_text(string name)
    {
        var source = SourceReader.ReadFile(Path.Combine(FixtureDir, name + ".txt"));
        AssertMatches(name, DocumentExtractor.Extract(source).ToJson());
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Extracts_the_same_from_docx_with_tables_and_footnotes(string name)
    {
        var lines = File.ReadAllLines(Path.Combine(FixtureDir, name + ".txt"));
        var bytes = DocxWriter.FromLines(lines, withTable: true, withFootnote: true);
        var result = DocumentExtractor.Extract(SourceReader.Read(name + ".docx", bytes));
        AssertMatches(name, result.ToJson());
        Assert.DoesNotContain(result.Body, b => b.Text.Contains("脚注", StringComparison.Ordinal));
        if (lines.Any(l => l.Trim().StartsWith("一、", StringComparison.Ordinal)))
        {
            Assert.Contains(result.Body, b => b.Text == "表格中的事项甲");
        }
    }

    [Fact]
    public void Every_field_has_a_confidence_and_its_source_line()
    {
        var r = DocumentExtractor.Extract(SourceReader.ReadFile(Path.Combine(FixtureDir, "01-notice-full-header.txt")));
        Assert.Equal(3, r.DocumentNumber!.Line); // zero-based paragraph index
        Assert.Equal("示府办发〔2026〕12号", r.DocumentNumber.Source);
        Assert.InRange(r.DocumentNumber.Confidence, 0.9, 1.0);
        Assert.Equal("示例市人民政府办公室 / 关于做好2026年度政务公开工作的通知", r.Title!.Source);
        var fields = r.ToJson()["fields"]!.AsObject();
        Assert.All(r.Found, f => Assert.NotNull(fields[f]?["confidence"]));
    }

    [Fact]
    public void Body_keeps_heading_structure_and_drops_the_attachment_list()
    {
        var r = DocumentExtractor.Extract(SourceReader.ReadFile(Path.Combine(FixtureDir, "01-notice-full-header.txt")));
        Assert.Equal([1, 2, 2, 1, 3, 3, 1], r.Body.Where(b => b.Level > 0).Select(b => b.Level));
        Assert.DoesNotContain(r.Body, b => b.Text.StartsWith("附件", StringComparison.Ordinal));
        Assert.DoesNotContain(r.Body, b => b.Text.Contains("政务公开工作联系人名单", StringComparison.Ordinal));
        Assert.Contains("<h3>一、加强政策解读</h3>", Importer.BodyHtml(r));
    }

    [Fact]
    public void Missing_fields_are_reported_never_invented()
    {
        var r = DocumentExtractor.Extract(SourceReader.ReadFile(Path.Combine(FixtureDir, "04-work-points-date-at-end.txt")));
        Assert.Null(r.DocumentNumber);
        Assert.Null(r.Issuers);
        Assert.Null(r.Disclosure);
        Assert.Contains("documentNumber", r.Missing);
        Assert.Contains(r.Warnings, w => w.Code == "missing" && w.Field == "issuer");
        var json = r.ToJson();
        Assert.Null(json["documentNumber"]);
        Assert.Null(json["disclosure"]);
    }

    [Fact]
    public void Pasted_text_works_like_a_file()
    {
        var text = File.ReadAllText(Path.Combine(FixtureDir, "05-title-spans-lines.txt"));
        AssertMatches("05-title-spans-lines", DocumentExtractor.Extract(SourceReader.ReadPasted(text)).ToJson());
    }

    [Fact]
    public void Gb18030_text_is_detected_and_decoded()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = File.ReadAllText(Path.Combine(FixtureDir, "10-not-disclosed.txt"));
        var source = SourceReader.Read("gbk.txt", Encoding.GetEncoding("GB18030").GetBytes(text));
        Assert.Equal("GB18030", source.Encoding);
        AssertMatches("10-not-disclosed", DocumentExtractor.Extract(source).ToJson());
        var utf16 = SourceReader.Read("utf16.txt", [.. new byte[] { 0xFF, 0xFE }, .. Encoding.Unicode.GetBytes(text)]);
        Assert.Equal("UTF-16LE", utf16.Encoding);
        Assert.Equal(DisclosureAttribute.NotDisclosed, DocumentExtractor.Extract(utf16).Disclosure!.Value);
    }

    [Theory]
    [InlineData("（此件公开发布）", DisclosureAttribute.Proactive)]
    [InlineData("（此件主动公开）", DisclosureAttribute.Proactive)]
    [InlineData("（此件依申请公开）", DisclosureAttribute.OnRequest)]
    [InlineData("（此件不予公开）", DisclosureAttribute.NotDisclosed)]
    [InlineData("（此件不公开）", DisclosureAttribute.NotDisclosed)]
    public void Every_disclosure_marker_is_read_and_kept_out_of_the_body(string marker, DisclosureAttribute expected)
    {
        var lines = File.ReadAllLines(Path.Combine(FixtureDir, "10-not-disclosed.txt")).Select(l => l == "（此件不予公开）" ? marker : l);
        var r = DocumentExtractor.Extract(SourceReader.ReadPasted(string.Join("\n", lines)));
        Assert.Equal(expected, r.Disclosure!.Value);
        Assert.Equal(marker, r.Disclosure.Source);
        Assert.Equal(["示例市人民政府办公室"], r.Issuers!.Value);
        Assert.DoesNotContain(r.Body, b => b.Text.Contains("此件", StringComparison.Ordinal));
    }

    [Fact]
    public void A_draft_from_import_is_never_public()
    {
        var bytes = File.ReadAllBytes(Path.Combine(FixtureDir, "01-notice-full-header.txt"));
        var r = DocumentExtractor.Extract(SourceReader.Read("01.txt", bytes));
        var item = Importer.ToDraft(r, bytes, DateTimeOffset.UnixEpoch);
        var policy = ContentMapper.ToPolicy(item, []);
        Assert.Null(policy.PublishedDate);
        Assert.False(PublicSurface.MayAppear(policy, new DateOnly(2030, 1, 1)));
        Assert.Equal("示府办发〔2026〕12号", policy.DocumentNumber);
        Assert.Equal(new DateOnly(2026, 3, 2), policy.SignedDate);
        Assert.Equal(Importer.IdFor(bytes), item.Id);
        Assert.StartsWith("imp-", item.Id);
        Assert.True(ContentPackage.IsSafeId(item.Id));
    }
}

public class BadInputTests
{
    private static ImportException Fails(string name, byte[] bytes, ImportLimits? limits = null) =>
        Assert.Throws<ImportException>(() => SourceReader.Read(name, bytes, limits));

    [Fact]
    public void Empty_file() => Assert.Equal("empty", Fails("a.txt", []).Code);

    [Fact]
    public void Whitespace_only_file() => Assert.Equal("empty", Fails("a.txt", Encoding.UTF8.GetBytes("  \n\n \r\n")).Code);

    [Fact]
    public void Binary_garbage_as_text()
    {
        var random = new byte[4096];
        new Random(1).NextBytes(random);
        var e = Fails("garbage.txt", random);
        Assert.Equal("binary", e.Code);
        Assert.Contains("garbage.txt", e.Issue.Message);
    }

    [Fact]
    public void Docx_that_is_not_a_zip()
    {
        var e = Fails("fake.docx", Encoding.UTF8.GetBytes("这不是一个Word文件"));
        Assert.Equal("not-zip", e.Code);
        Assert.Contains("fake.docx", e.Issue.Message);
        Assert.Contains("不是ZIP", e.Issue.Message);
    }

    [Fact]
    public void Zip_without_a_word_document()
    {
        using var ms = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(ms, System.IO.Compression.ZipArchiveMode.Create, true))
        {
            using var w = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            w.Write("hello");
        }
        Assert.Equal("not-docx", Fails("x.docx", ms.ToArray()).Code);
    }

    [Fact]
    public void Corrupt_docx()
    {
        using var ms = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(ms, System.IO.Compression.ZipArchiveMode.Create, true))
        {
            using var w = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            w.Write("<w:document><not closed");
        }
        Assert.Equal("corrupt", Fails("broken.docx", ms.ToArray()).Code);
    }

    [Fact]
    public void Zip_bomb_is_refused_before_it_is_expanded()
    {
        using var ms = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(ms, System.IO.Compression.ZipArchiveMode.Create, true))
        {
            using var s = zip.CreateEntry("word/document.xml", System.IO.Compression.CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 64; i++)
            {
                s.Write(zeros);
            }
        }
        Assert.True(ms.Length < 1024 * 1024);
        var e = Fails("bomb.docx", ms.ToArray());
        Assert.Equal("zip-bomb", e.Code);
        Assert.Equal("zip-bomb", Fails("bomb.docx", ms.ToArray(), new ImportLimits { MaxCompressionRatio = 1e9, MaxUncompressedBytes = 10 * 1024 * 1024 }).Code);
    }

    [Fact]
    public void Huge_file_is_refused()
    {
        var e = Fails("big.txt", new byte[2048], new ImportLimits { MaxFileBytes = 1024 });
        Assert.Equal("too-large", e.Code);
        var dir = Directory.CreateTempSubdirectory("govopen-big").FullName;
        try
        {
            var path = Path.Combine(dir, "big.txt");
            File.WriteAllBytes(path, new byte[2048]);
            Assert.Equal("too-large", Assert.Throws<ImportException>(() => SourceReader.ReadFile(path, new ImportLimits { MaxFileBytes = 1024 })).Code);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    private static byte[] CompoundFile(bool encrypted)
    {
        var bytes = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        var name = Encoding.Unicode.GetBytes(encrypted ? "EncryptedPackage" : "WordDocument");
        name.CopyTo(bytes, 1024);
        return bytes;
    }

    [Fact]
    public void Password_protected_docx()
    {
        var e = Fails("secret.docx", CompoundFile(encrypted: true));
        Assert.Equal("encrypted", e.Code);
        Assert.Contains("密码", e.Issue.Message);
    }

    [Fact]
    public void Legacy_doc() => Assert.Equal("legacy-doc", Fails("old.docx", CompoundFile(encrypted: false)).Code);

    [Fact]
    public void Unsupported_type() => Assert.Equal("unsupported", Fails("scan.pdf", Encoding.UTF8.GetBytes("%PDF-1.7")).Code);
}
