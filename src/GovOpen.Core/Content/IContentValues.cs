using System.Text.Json.Nodes;

namespace GovOpen.Core.Content;

/// <summary>
/// One item's identity and property values as JSON, however the item is stored: a content-package item, or an
/// Umbraco document's published (or edited) values read through the plugin's adapter. Core's codecs read
/// domain values from here, so no caller has to build a throw-away item first.
/// </summary>
public interface IContentValues
{
    string Id { get; }

    string ContentType { get; }

    string Name { get; }

    DateTimeOffset CreateDate { get; }

    /// <summary>The value of a property in its interchange (Delivery-API-shaped) JSON form, or null.</summary>
    JsonNode? Get(string alias);
}
