using Umbraco.Cms.Core.Models.Membership;
using Umbraco.Cms.Core.Security;

namespace GovOpen.Umbraco.Security;

/// <summary>The current back-office user as Umbraco's back-office security knows it.</summary>
public sealed class UmbracoGovCurrentUser(IBackOfficeSecurityAccessor accessor) : IGovCurrentUser
{
    public IUser? User => accessor.BackOfficeSecurity?.CurrentUser;
}
