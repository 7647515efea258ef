using System.Text.Json;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using GovOpen.Core.Content;
using GovOpen.Core.Content.Codecs;
using GovOpen.Umbraco.Composing;
using GovOpen.Umbraco.ContentModel;
using GovOpen.Umbraco.Notifications;
using GovOpen.Umbraco.Search;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Models.DeliveryApi;
using Umbraco.Cms.Core.Notifications;
using File = System.IO.File;

namespace GovOpen.Umbraco.Tests;

/// <summary>附件 are Umbraco media picked with the built-in media picker; the site reads the Delivery API's media output.</summary>
public sealed class AttachmentTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("govopen-att-").FullName;
    private readonly FixedClock _clock = new(new DateOnly(2026, 3, 10));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>A media library: files by URL under a folder.</summary>
    private sealed class Library(string dir) : IGovMediaResolver
    {
        public readonly Dictionary<Guid, GovMedia> Items = [];

        public Guid Add(string name, string file, byte[] bytes)
        {
            var key = Guid.NewGuid();
            File.WriteAllBytes(Path.Combine(dir, file), bytes);
            Items[key] = new GovMedia(key, name, "/media/abc/" + file, Path.GetExtension(file).TrimStart('.'), bytes.Length);
            return key;
        }

        public GovMedia? Find(Guid key) => Items.GetValueOrDefault(key);

        public Stream? Open(string url) => url.StartsWith("/media/abc/", StringComparison.Ordinal) && File.Exists(Path.Combine(dir, url[11..])) ? File.OpenRead(Path.Combine(dir, url[11..])) : null;
    }

    /// <summary>Umbraco.MediaPicker3's stored value (MediaWithCropsDto: key, mediaKey, mediaTypeAlias, crops, focalPoint).</summary>
    private static string Picked(params Guid[] mediaKeys) =>
        new JsonArray(mediaKeys.Select(k => (JsonNode)new JsonObject { ["key"] = Guid.NewGuid().ToString(), ["mediaKey"] = k.ToString(), ["mediaTypeAlias"] = "File", ["crops"] = new JsonArray(), ["focalPoint"] = null }).ToArray()).ToJsonString();

    private (bool Cancelled, string Messages) Publish(FakeSite site, IContent content, IGovMediaResolver media)
    {
        using var search = TestSearch.Create(site, Path.Combine(_root, Guid.NewGuid().ToString("N")), _clock);
        var settings = new GovOpenSettings(Microsoft.Extensions.Options.Options.Create(new GovOpenOptions { AgencyName = "示例市人民政府" }));
        var n = new ContentPublishingNotification(content, new EventMessages());
        new PublishingGuard(site.ContentService(), settings, new SearchPolicyDirectory(search, site.ContentService()), search, _clock, null, media).Handle(n);
        return (n.Cancel, string.Join("\n", n.Messages.GetAll().Select(m => m.Message)));
    }

    private static byte[] Docx(string text)
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            doc.AddMainDocumentPart().Document = new Document(new Body(new Paragraph(new Run(new Text(text)))));
        }
        return ms.ToArray();
    }

    [Fact]
    public void Picked_media_are_read_as_attachments_with_name_url_and_size()
    {
        var library = new Library(_root);
        var pdf = library.Add("附件1：实施细则", "xize.pdf", new byte[2048]);
        var site = new FakeSite();
        var values = FakeSite.Policy();
        values[PropertyAliases.Attachments] = Picked(pdf, Guid.NewGuid());
        var doc = site.Add(ContentTypes.PolicyDocument, "x的通知", values);
        var attachments = AttachmentsCodec.Read(UmbracoContentAdapter.Values(doc, ContentVersion.Edited, library).Get(PropertyAliases.Attachments));
        Assert.Equal(2, attachments.Count);
        Assert.Equal(("附件1：实施细则", "/media/abc/xize.pdf", 2048L), (attachments[0].Name, attachments[0].Url, attachments[0].SizeBytes!.Value));
        Assert.Equal("", attachments[1].Url); // a picked item that has been deleted: named so the check reports it
    }

    [Fact]
    public void Personal_information_in_a_docx_attachment_a_disallowed_format_and_a_deleted_item_block_publishing()
    {
        var library = new Library(_root);
        var reply = library.Add("答复书", "dafu.docx", Docx("申请人身份证号11010519491231002X。"));
        var exe = library.Add("工具", "tool.exe", new byte[16]);
        var site = new FakeSite();
        var values = FakeSite.Policy();
        values[PropertyAliases.Attachments] = Picked(reply, exe, Guid.NewGuid());
        var (cancelled, messages) = Publish(site, site.Add(ContentTypes.PolicyDocument, "x的通知", values, published: false), library);
        Assert.True(cancelled);
        Assert.Contains("附件《答复书》含有公民身份号码", messages);
        Assert.Contains("附件《工具》的格式（exe）不在允许的附件格式中", messages);
        Assert.Contains("须有名称和文件", messages);
        Assert.DoesNotContain("11010519491231002X", messages);
    }

    [Fact]
    public void The_delivery_api_media_output_reads_as_attachments()
    {
        // The Delivery API writes a media picker value as ApiMedia(WithCrops) items with camelCase names
        // (Umbraco.Cms.Api.Delivery: JsonNamingPolicy.CamelCase); mediaType there is Umbraco's media type alias.
        var media = new ApiMedia(Guid.NewGuid(), "附件2：申报表", "File", "/media/k3p/shenbao.xlsx", "xlsx", null, null, 51200, new Dictionary<string, object?>());
        var json = JsonSerializer.Serialize(new[] { media }, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase });
        var a = Assert.Single(AttachmentsCodec.Read(JsonNode.Parse(json)));
        Assert.Equal(("附件2：申报表", "/media/k3p/shenbao.xlsx", 51200L), (a.Name, a.Url, a.SizeBytes!.Value));
        Assert.Null(a.MediaType); // "File" is no MIME type
    }
}

/// <summary>图解 and 问答 in the back office: their editors validate with Core's rules; publishing reads images from the media library.</summary>
public sealed class InterpretationContentEditorTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("govopen-graphic-").FullName;
    private readonly FixedClock _clock = new(new DateOnly(2026, 3, 10));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private sealed class Library : IGovMediaResolver
    {
        public readonly Dictionary<Guid, GovMedia> Items = [];

        public GovMedia? Find(Guid key) => Items.GetValueOrDefault(key);
    }

    [Fact]
    public void The_editors_refuse_an_image_without_alternative_text_and_a_half_empty_pair()
    {
        var images = new GovOpen.Umbraco.PropertyEditors.GraphicImagesValidator().Check("""[{"mediaKey":"0b3c7d0e-1f2a-4b5c-8d9e-0f1a2b3c4d5e","alt":""}]""");
        Assert.Contains(images, i => i.Code == "alt-required");
        Assert.Contains(new GovOpen.Umbraco.PropertyEditors.GraphicImagesValidator().Check("{}"), i => i.Field == "images");
        Assert.Empty(new GovOpen.Umbraco.PropertyEditors.GraphicImagesValidator().Check("""[{"mediaKey":"0b3c7d0e-1f2a-4b5c-8d9e-0f1a2b3c4d5e","alt":"四项要点"}]"""));
        var qa = new GovOpen.Umbraco.PropertyEditors.QuestionsAndAnswersValidator().Check("""[{"question":"何时施行？","answer":""}]""");
        Assert.Contains(qa, i => i.Code == "incomplete");
        var catalogue = new GovOpen.Umbraco.PropertyEditors.StandardCatalogueValidator();
        Assert.Contains(catalogue.Check("""[{"item":"规划批前公示","content":"规划条件","basis":"城乡规划法","timeLimit":"30日","body":"自然资源局","audience":"everyone","mode":"notDisclosed","channels":["政府网站"]}]"""), i => i.Code == "mode");
        Assert.Contains(catalogue.Check("""[{"item":"规划批前公示","content":"规划条件","basis":"城乡规划法","timeLimit":"30日","body":"自然资源局","audience":"everyone","mode":"proactive","channels":[]}]"""), i => i.Code == "channels");
        Assert.Empty(catalogue.Check("""[{"item":"规划批前公示","content":"规划条件","basis":"城乡规划法","timeLimit":"30日","body":"自然资源局","audience":"全社会","mode":"主动","channels":["政府网站"]}]"""));
        var decisions = new GovOpen.Umbraco.PropertyEditors.DecisionCatalogueValidator();
        Assert.Contains(decisions.Check("""[{"matter":"停车管理办法","department":"交通运输局","planned":"2026年12月","steps":{"legalityReview":"n/a"}}]"""), i => i.Code == "mandatory-step");
        Assert.Contains(decisions.Check("""{"matter":"停车管理办法"}"""), i => i.Field == "decisionCatalogue");
        Assert.Empty(decisions.Check("""[{"matter":"停车管理办法","department":"交通运输局","planned":"2026年12月","steps":{"publicParticipation":"2026-11-18"}}]"""));
    }

    [Fact]
    public void Publishing_a_graphic_writes_each_images_current_url_and_size_and_refuses_a_deleted_one()
    {
        var library = new Library();
        var key = Guid.NewGuid();
        library.Items[key] = new GovMedia(key, "图解", "/media/x1y/tujie.png", "png", 1000, 1600, 1000);
        var site = new FakeSite();
        var policy = site.Add(ContentTypes.PolicyDocument, "示例市政务公开工作规定", FakeSite.Policy(), published: true);
        var values = new Dictionary<string, object?>
        {
            ["interpretationOf"] = $"[\"{policy.Key}\"]",
            ["form"] = "graphic",
            ["disclosure"] = """{"attribute":"proactive"}""",
            ["images"] = $$"""[{"mediaKey":"{{key}}","alt":"四项要点"}]""",
        };
        var interp = site.Add(ContentTypes.PolicyInterpretation, "图解：示例市政务公开工作规定", values, published: false);
        using var search = TestSearch.Create(site, Path.Combine(_root, "s"), _clock);
        search.Rebuild();
        var settings = new GovOpenSettings(Microsoft.Extensions.Options.Options.Create(new GovOpenOptions { AgencyName = "示例市人民政府" }));
        var guard = new PublishingGuard(site.ContentService(), settings, new SearchPolicyDirectory(search, site.ContentService()), search, _clock, null, library);

        var n = new ContentPublishingNotification(interp, new EventMessages());
        guard.Handle(n);
        Assert.False(n.Cancel, string.Join("\n", n.Messages.GetAll().Select(m => m.Message)));
        var image = Assert.Single(GovOpen.Core.Content.Codecs.InterpretationContentCodec.ReadImages(JsonNode.Parse(interp.GetValue<string>("images")!)));
        Assert.Equal(("/media/x1y/tujie.png", 1600, 1000), (image.Url, image.Width!.Value, image.Height!.Value));

        library.Items.Clear(); // the media item is deleted
        var again = new ContentPublishingNotification(interp, new EventMessages());
        guard.Handle(again);
        Assert.True(again.Cancel);
        Assert.Contains("缺少图片", string.Join("\n", again.Messages.GetAll().Select(m => m.Message)));
    }
}
