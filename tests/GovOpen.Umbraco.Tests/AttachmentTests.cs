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
