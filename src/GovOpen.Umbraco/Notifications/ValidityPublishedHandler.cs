using System.Collections.Concurrent;
using GovOpen.Core.Content;
using GovOpen.Core.Validity;
using GovOpen.Umbraco.ContentModel;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Notifications;

namespace GovOpen.Umbraco.Notifications;

/// <summary>
/// The validity events each policy being published adds to its public record, from its Publishing notification to
/// its Published one. A singleton: Umbraco's notification handlers are transient, and a branch publish gives the one
/// Published notification only the branch root's notification state (<c>ContentService.PublishBranch</c>), so the
/// pair's shared state cannot carry a descendant's events.
/// </summary>
public sealed class PublishingValidityEvents
{
    private readonly ConcurrentDictionary<Guid, IReadOnlyList<ValidityEvent>> _byKey = new();

    internal void Set(Guid key, IReadOnlyList<ValidityEvent> added)
    {
        if (added.Count > 0)
        {
            _byKey[key] = added;
        }
        else
        {
            _byKey.TryRemove(key, out _);
        }
    }

    internal IReadOnlyList<ValidityEvent> Take(Guid key) => _byKey.TryRemove(key, out var added) ? added : [];
}

/// <summary>
/// Raises <see cref="GovValidityChangedNotification"/> (the <c>govopen.validityChanged</c> webhook) when a change of a
/// published policy's 有效性 is published — not when it is saved: a confirmed change is a draft until an editor
/// publishes it, and nothing unpublished leaves the server. While the policy is being published its published values
/// are still the old ones (contract row 2), so the events the edited record adds are known then; they are raised once
/// Umbraco has published it (a cancelled publish raises nothing; the next Publishing of the document replaces them).
/// </summary>
public sealed class ValidityPublishedHandler(PublishingValidityEvents publishing, IEventAggregator events) :
    INotificationHandler<ContentPublishingNotification>, INotificationHandler<ContentPublishedNotification>
{
    public void Handle(ContentPublishingNotification notification)
    {
        foreach (var c in notification.PublishedEntities.Where(c => c.ContentType.Alias == ContentTypes.PolicyDocument))
        {
            // A first publication is not a change of a public document's validity.
            var before = c.Published ? UmbracoContentAdapter.ToPolicy(c, ContentVersion.Published).Validity.History : null;
            publishing.Set(c.Key, before is null ? [] : UmbracoContentAdapter.ToPolicy(c, ContentVersion.Edited).Validity.History.Where(e => !before.Contains(e)).ToList());
        }
    }

    public void Handle(ContentPublishedNotification notification)
    {
        foreach (IContent c in notification.PublishedEntities)
        {
            foreach (var e in publishing.Take(c.Key))
            {
                events.Publish(new GovValidityChangedNotification(c.Key, c.Name ?? "", e));
            }
        }
    }
}
