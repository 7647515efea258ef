using Microsoft.Extensions.Logging;
using GovOpen.Core.Content.Codecs;
using GovOpen.Core.Text;
using GovOpen.Core.Time;
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
/// 文号 or title and records the change as pending for that document (<see cref="PendingValidityChanges"/>). An
/// editor confirms or rejects each one (<c>validity-changes</c> endpoints): confirming applies it to the document as
/// that editor, who reviews and republishes it. Nothing here saves another document, and a failure after Umbraco
/// committed the publish is logged, never turned into an error for the editor.
/// </summary>
public sealed class ValidityCascadeHandler(
    IPolicyDirectory directory,
    PendingValidityChanges pending,
    AgencyClock clock,
    ILogger<ValidityCascadeHandler> log) : INotificationHandler<ContentPublishedNotification>
{
    public void Handle(ContentPublishedNotification notification)
    {
        try
        {
            Propose(notification);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            log.LogError(e, "GovOpen: looking for validity changes in published documents failed.");
            notification.Messages.Add(new EventMessage(PublishingGuard.Category, "自动识别废止、修订条款时出错，请人工核对相关文件的有效性", EventMessageType.Warning));
        }
    }

    private void Propose(ContentPublishedNotification notification)
    {
        foreach (var content in notification.PublishedEntities.Where(c => c.ContentType.Alias == ContentTypes.PolicyDocument))
        {
            var values = UmbracoContentAdapter.Values(content, ContentVersion.Published);
            var policy = ContentMapper.ToPolicy(values, []);
            var body = ContentMapper.PlainBody(values);
            // A change without its own date (同时废止) takes effect with this document: its recorded effective date,
            // else the one its text states (自…起施行), else its publication.
            var date = policy.Validity.EffectiveDate ?? EffectiveTerms.Find(body).EffectiveOn(policy.SignedDate) ?? policy.PublishedDate ?? clock.Today;
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
                var problem = UmbracoContentAdapter.ToPolicy(target, ContentVersion.Edited).Validity.Check(change);
                var added = pending.Propose(target.Key, new PendingValidityChange
                {
                    Id = Guid.NewGuid().ToString("N"),
                    Kind = change.Kind.Alias(),
                    Date = IsoDate.Format(change.Date),
                    ById = change.By!.Id,
                    ByDocumentNumber = change.By.DocumentNumber,
                    ByTitle = change.By.Title,
                    Sentence = change.Note,
                    Problem = problem?.Message,
                    ProposedAt = clock.Now,
                });
                if (added)
                {
                    notification.Messages.Add(new EventMessage(PublishingGuard.Category,
                        $"《{target.Name}》有待确认的效力变更（{change.Kind.Name()}，{GovOpen.Core.Text.IsoDate.Format(change.Date)}起），请编辑确认{(problem is null ? "" : $"：{problem.Message}")}", EventMessageType.Info));
                }
            }
        }
    }
}
