using GovOpen.Core.Validity;
using Umbraco.Cms.Core.Notifications;

namespace GovOpen.Umbraco.Notifications;

/// <summary>Raised when GovOpen changes a document's validity (feeds the webhook event).</summary>
public sealed class GovValidityChangedNotification(Guid documentKey, string documentName, ValidityEvent change) : INotification
{
    public Guid DocumentKey { get; } = documentKey;

    public string DocumentName { get; } = documentName;

    public ValidityEvent Change { get; } = change;
}
