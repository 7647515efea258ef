using GovOpen.Core.Content.Codecs;
using GovOpen.Core.Text;
using GovOpen.Core.Time;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovOpen.Core.Content;
using GovOpen.Core.Validity;
using GovOpen.Umbraco.Composing;
using GovOpen.Umbraco.ContentModel;
using GovOpen.Umbraco.Search;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Services;

namespace GovOpen.Umbraco.Notifications;

/// <summary>
/// When a published policy's body abolishes or revises earlier documents (…同时废止, 对《…》作如下修订), finds them by
/// 文号 or title and either applies the change to their validity (setting <c>apply</c>) or records it as a pending
/// change for an editor (<c>propose</c>). Both pages link to each other through the validity reference.
/// </summary>
public sealed class ValidityCascadeHandler(
    IContentService contentService,
    IPolicyDirectory directory,
    IEventAggregator events,
    GovOpenSettings settings,
    AgencyClock clock) : INotificationHandler<ContentPublishedNotification>
{
    public void Handle(ContentPublishedNotification notification)
    {
        foreach (var content in notification.PublishedEntities.Where(c => c.ContentType.Alias == ContentTypes.PolicyDocument))
        {
            var values = UmbracoContentAdapter.Values(content, ContentVersion.Published);
            var policy = ContentMapper.ToPolicy(values, []);
            var body = ContentMapper.PlainBody(values);
            var date = policy.Validity.EffectiveDate ?? policy.PublishedDate ?? clock.Today;
            foreach (var proposal in AmendmentDetector.Detect(body))
            {
                var target = directory.Find(proposal.TargetDocumentNumber, proposal.TargetTitle).FirstOrDefault(t => t.Key != content.Key);
                if (target is null)
                {
                    notification.Messages.Add(new EventMessage(PublishingGuard.Category,
                        $"正文提到{proposal.EventKind.Name()}《{proposal.TargetTitle ?? proposal.TargetDocumentNumber}》，但站内未找到该文件", EventMessageType.Info));
                    continue;
                }
                var change = new ValidityEvent(proposal.EventKind, proposal.EffectiveDate ?? date,
                    new DocumentRef(UmbracoContentAdapter.IdOf(content), policy.ParsedNumber?.Normalized ?? policy.DocumentNumber, policy.Title),
                    Note: proposal.Sentence.Length > 200 ? proposal.Sentence[..200] : proposal.Sentence);
                if (settings.ValidityCascade == "apply")
                {
                    Apply(target, change, notification.Messages);
                }
                else
                {
                    Propose(target, change, notification.Messages);
                }
            }
        }
    }

    private void Apply(IContent target, ValidityEvent change, EventMessages messages)
    {
        // The target's saved validity gets the change; the editor reviews and republishes it.
        var current = UmbracoContentAdapter.ToPolicy(target, ContentVersion.Edited).Validity;
        if (current.History.Any(e => e.Kind == change.Kind && e.By?.Id == change.By?.Id))
        {
            return; // already applied (republishing the same document)
        }
        if (current.Check(change) is { } problem)
        {
            Propose(target, change, messages, problem.Message);
            return;
        }
        current = current.With(change);
        target.SetValue(PropertyAliases.Validity, UmbracoContentAdapter.FromJson(PropertyAliases.Validity, ValidityCodec.Write(current)));
        contentService.Save(target);
        events.Publish(new GovValidityChangedNotification(target.Key, target.Name ?? "", change));
        messages.Add(new EventMessage(PublishingGuard.Category, $"已将《{target.Name}》的有效性更新为“{current.StateOn(change.Date).Name()}”（{change.Date:yyyy-MM-dd}起），请审核后重新发布该文件", EventMessageType.Success));
    }

    private void Propose(IContent target, ValidityEvent change, EventMessages messages, string? reason = null)
    {
        var pending = JsonNode.Parse(target.GetValue<string>(PropertyAliases.PendingValidityChanges) is { Length: > 0 } s && s.TrimStart().StartsWith('[') ? s : "[]")!.AsArray();
        if (pending.OfType<JsonObject>().Any(p => (string?)p["by"]?["id"] == change.By?.Id && (string?)p["kind"] == change.Kind.ToString()))
        {
            return;
        }
        pending.Add(new JsonObject
        {
            ["kind"] = change.Kind.ToString(),
            ["date"] = IsoDate.Format(change.Date),
            ["by"] = new JsonObject { ["id"] = change.By?.Id, ["documentNumber"] = change.By?.DocumentNumber, ["title"] = change.By?.Title },
            ["sentence"] = change.Note,
            ["reason"] = reason,
        });
        if (target.HasProperty(PropertyAliases.PendingValidityChanges))
        {
            target.SetValue(PropertyAliases.PendingValidityChanges, pending.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
            contentService.Save(target);
        }
        messages.Add(new EventMessage(PublishingGuard.Category, $"《{target.Name}》有待确认的效力变更（{change.Kind.Name()}），请编辑确认{(reason is null ? "" : $"：{reason}")}", EventMessageType.Info));
    }
}
