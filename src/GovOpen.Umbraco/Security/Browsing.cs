using Umbraco.Cms.Core.Actions;
using Umbraco.Cms.Core.Models.Membership;
using Umbraco.Cms.Core.Security.Authorization;

namespace GovOpen.Umbraco.Security;

/// <summary>
/// What a back-office user may see of content: the nodes Umbraco lets them browse (inside their start nodes and
/// holding <see cref="ActionBrowse"/> on the node's path). Every GovOpen endpoint that lists or names documents
/// filters by it, as the back office's own tree and search do; signing in is not enough (a user limited to one
/// column, or without the content section, must not read the others' drafts or withheld titles through us).
/// </summary>
public static class Browsing
{
    private static readonly HashSet<string> Browse = [ActionBrowse.ActionLetter];

    /// <summary>Of <paramref name="keys"/>, those the user may browse (one call to Umbraco's <c>FilterAuthorizedAsync</c>).</summary>
    public static async Task<ISet<Guid>> BrowsableAsync(this IContentPermissionAuthorizer permissions, IUser user, IEnumerable<Guid> keys) =>
        await permissions.FilterAuthorizedAsync(user, keys.Distinct().ToList(), Browse);

    /// <summary>Whether the user may browse one node.</summary>
    public static async Task<bool> MayBrowseAsync(this IContentPermissionAuthorizer permissions, IUser user, Guid key) =>
        !await permissions.IsDeniedAsync(user, key, ActionBrowse.ActionLetter);
}
