using GovOpen.Core.Checks;
using GovOpen.Core.Content;
using GovOpen.Core;
using GovOpen.Core.Time;
using GovOpen.Umbraco.Search;
using GovOpen.Core.Disclosure;
using GovOpen.Core.Documents;
using GovOpen.Core.Interpretations;
using GovOpen.Umbraco.Composing;
using GovOpen.Umbraco.ContentModel;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Services;

namespace GovOpen.Umbraco.Notifications;

/// <summary>
/// Runs Core's pre-publication check (公开检查, <see cref="PublicationCheck"/>) on every item about to be published and
/// cancels publishing on an error: metadata a policy needs for its 文种, dates in order, 公开属性 other than 主动公开,
/// an interpretation of a missing or non-public policy, personal information without a recorded lawful reason,
/// a body link to content the public cannot see, a 文号 or 索引号 another document already holds, a changed 索引号.
/// Warnings (expression errors, unresolvable paths) are shown. Before checking, a policy without a 索引号 gets the
/// next one of the agency's scheme: values set here are part of what is published (contract rows 8 and 14).
/// </summary>
public sealed class PublishingGuard(
    IContentService contentService,
    GovOpenSettings settings,
    IPolicyDirectory directory,
    GovOpenSearch search,
    AgencyClock clock,
    IDocumentUrlService? urls = null,
    IGovMediaResolver? media = null) : INotificationHandler<ContentPublishingNotification>
{
    public const string Category = "政务公开";

    public void Handle(ContentPublishingNotification notification)
    {
        foreach (var content in notification.PublishedEntities)
        {
            var assigned = AssignIndexNumber(content);
            RefreshGraphicImages(content);
            var issues = Check(content);
            var errors = issues.Where(i => i.Severity == Severity.Error).ToList();
            if (errors.Count > 0)
            {
                if (assigned)
                {
                    content.SetValue(PropertyAliases.IndexNumber, null);
                }
                var text = $"《{content.Name}》不能发布：" + string.Join("；", errors.Select(e => $"{FieldLabel(e.Field)}：{e.Message}"));
                notification.CancelOperation(new EventMessage(Category, text, EventMessageType.Error));
                return;
            }
            if (assigned)
            {
                notification.Messages.Add(new EventMessage(Category, $"已自动编制索引号：{content.GetValue<string>(PropertyAliases.IndexNumber)}", EventMessageType.Info));
            }
            foreach (var w in issues.Where(i => i.Severity == Severity.Warning))
            {
                notification.Messages.Add(new EventMessage(Category, $"{FieldLabel(w.Field)}：{w.Message}", EventMessageType.Warning));
            }
        }
    }

    /// <summary>
    /// Gives a policy without a 索引号 the next number of the configured scheme (dated by its 发布日期, else today), unique
    /// against every 索引号 already given, drafts included. Returns whether one was assigned.
    /// </summary>
    internal bool AssignIndexNumber(global::Umbraco.Cms.Core.Models.IContent content)
    {
        if (content.ContentType.Alias != ContentTypes.PolicyDocument || settings.IndexNumberScheme is not { } scheme
            || !string.IsNullOrWhiteSpace(content.GetValue<string>(PropertyAliases.IndexNumber)))
        {
            return false;
        }
        var policy = UmbracoContentAdapter.ToPolicy(content, ContentVersion.Edited);
        var date = policy.PublishedDate ?? clock.Today;
        var existing = directory.IndexNumbers("").Keys;
        content.SetValue(PropertyAliases.IndexNumber, scheme.Next(date, existing, policy.Topic is { } topic ? TopicTaxonomy.CodeOf(topic) : null));
        return true;
    }

    /// <summary>
    /// Writes each 图解 image's current URL and size from its media item into the value about to be published, so the
    /// Delivery API gives what the media library holds now (values set here are published: contract row 8). An image
    /// whose media item is gone keeps no URL, and the check reports it.
    /// </summary>
    internal void RefreshGraphicImages(global::Umbraco.Cms.Core.Models.IContent content)
    {
        if (media is null || content.ContentType.Alias != ContentTypes.PolicyInterpretation || !content.HasProperty(PropertyAliases.Images))
        {
            return;
        }
        var images = GovOpen.Core.Content.Codecs.InterpretationContentCodec.ReadImages(UmbracoContentAdapter.ToJson(PropertyAliases.Images, content.GetValue(PropertyAliases.Images)));
        if (images.Count == 0 || images.All(i => i.MediaKey is null))
        {
            return;
        }
        var refreshed = images.Select(i => i.MediaKey is { } k && Guid.TryParse(k, out var key)
            ? media.Find(key) is { } m ? i with { Url = m.Url, Width = m.Width, Height = m.Height } : i with { Url = "", MediaKey = null }
            : i).ToList();
        content.SetValue(PropertyAliases.Images, GovOpen.Core.Content.Codecs.InterpretationContentCodec.WriteImages(refreshed).ToJsonString());
    }

    /// <summary>
    /// The pre-publication findings for a document: its saved (edited) values, or <paramref name="values"/> when given
    /// (the workspace's unsaved values). The publishing guard and the workspace's live check both call this.
    /// </summary>
    public IReadOnlyList<Issue> Check(global::Umbraco.Cms.Core.Models.IContent content, IContentValues? values = null)
    {
        var id = UmbracoContentAdapter.IdOf(content);
        var context = new PublicationCheckContext
        {
            // Without a configured 索引号 scheme index numbers are not checked (GovOpenSettings reports why).
            Policy = new PolicyValidationOptions { Normative = settings.NormativePolicy, IndexNumberScheme = settings.IndexNumberScheme, Attachments = settings.Attachments },
            FindPolicy = UmbracoContentAdapter.PolicyFinder(contentService.GetById),
            LinkTarget = LinkState,
            OwnHosts = settings.OwnHosts,
            Expressions = settings.ExpressionRules,
            SameDocumentNumber = (number, self) => directory.Find(number.Normalized, null)
                .Where(c => UmbracoContentAdapter.IdOf(c) != self && c.IsLive()
                    && UmbracoContentAdapter.ToPolicy(c, ContentVersion.Published).ParsedNumber?.CanonicalKey == number.CanonicalKey)
                .Select(c => new DocumentLocator(UmbracoContentAdapter.IdOf(c), c.Name ?? ""))
                .ToList(),
            SameIndexNumber = (value, self) => directory.IndexNumbers(value).TryGetValue(value, out var holders)
                ? holders.Where(h => h != self).Select(h => UmbracoContentAdapter.KeyOf(h) is { } k && contentService.GetById(k) is { Trashed: false } c ? new DocumentLocator(h, c.Name ?? h) : null).OfType<DocumentLocator>().ToList()
                : [],
            AttachmentText = AttachmentText,
            PublishedIndexNumber = content.ContentType.Alias == ContentTypes.PolicyDocument && content.Published
                ? content.GetValue<string>(PropertyAliases.IndexNumber, published: true)
                : null,
        };
        return PublicationCheck.Run(values ?? UmbracoContentAdapter.Values(content, ContentVersion.Edited, media), context);
    }

    /// <summary>The workspace's unsaved values on top of the saved ones, read as the guard reads them.</summary>
    public IContentValues WithEdits(global::Umbraco.Cms.Core.Models.IContent content, string? name, IReadOnlyDictionary<string, System.Text.Json.Nodes.JsonNode?> edits) =>
        UmbracoContentAdapter.WithEdits(content, name, edits, media);

    /// <summary>Largest attachment read for the personal-information check.</summary>
    public const long MaxAttachmentTextBytes = 20L * 1024 * 1024;

    /// <summary>The text of a .txt or .docx attachment from Umbraco's media store (GovOpen.Import reads it), or null.</summary>
    private string? AttachmentText(Attachment a)
    {
        if (media is null || !GovOpen.Import.SourceReader.Extensions.Contains(Path.GetExtension(a.Url.Split('?')[0]).ToLowerInvariant()))
        {
            return null;
        }
        try
        {
            using var stream = media.Open(a.Url);
            if (stream is null)
            {
                return null;
            }
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > MaxAttachmentTextBytes)
                {
                    return null;
                }
                buffer.Write(chunk, 0, read);
            }
            return string.Join("\n", GovOpen.Import.SourceReader.Read(Path.GetFileName(a.Url.Split('?')[0]), buffer.ToArray()).Paragraphs.Select(p => p.Text));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or GovOpenException or InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>Whether a body link's target is public today (a document by key; a path through Umbraco's URL service).</summary>
    /// <summary>Whether a link's target exists and is public today (used by the guard and the published-content link report).</summary>
    public LinkTargetState LinkState(BodyLink link)
    {
        Guid? key = link.Kind switch
        {
            LinkKind.DocumentKey => Guid.TryParse(link.Target, out var k) ? k : null,
            LinkKind.Route => urls?.GetDocumentKeyByRoute(link.Target, null, null, isDraft: false) ?? urls?.GetDocumentKeyByRoute(link.Target, null, null, isDraft: true),
            _ => null,
        };
        if (key is null || contentService.GetById(key.Value) is not { } target)
        {
            return LinkTargetState.Missing;
        }
        return search.IsPublicToday(target) ? LinkTargetState.Public : LinkTargetState.NotPublic;
    }

    /// <summary>The Chinese label of a property alias for messages.</summary>
    public static string FieldLabel(string field) =>
        GovContentModel.DocumentTypes.SelectMany(d => d.Properties).FirstOrDefault(p => p.Alias == field)?.Name ?? field switch
        {
            "title" => "标题",
            "issuer" => "发文机关",
            "effectiveDate" => "施行日期",
            "validUntil" => "有效期",
            "validityBy" => "有效性依据文件",
            "feeStandard" or "feeUnit" or "feeAmount" or "feePeriod" or "feeBasis" => "收费标准",
            "meetingDate" => "会议日期",
            _ => field,
        };
}
