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

/// <summary>Raised when GovOpen changes a document's validity (feeds the webhook event).</summary>
public sealed class GovValidityChangedNotification(Guid documentKey, string documentName, ValidityEvent change) : INotification
{
    public Guid DocumentKey { get; } = documentKey;

    public string DocumentName { get; } = documentName;

    public ValidityEvent Change { get; } = change;
}
