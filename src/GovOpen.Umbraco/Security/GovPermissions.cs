using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Models.Membership;

namespace GovOpen.Umbraco.Security;

/// <summary>
/// Who may do what beyond "signed in to the back office" (Umbraco's <c>BackOfficeAccess</c> policy only checks that).
/// Content actions follow Umbraco's own permissions (checked with <c>IContentPermissionAuthorizer</c>); the
/// 依申请公开 register, which holds applicants' personal data, is for members of the user group the package installs.
/// </summary>
public static class GovPermissions
{
    /// <summary>The user group of the clerks who handle 依申请公开 requests (installed by the content-model installer).</summary>
    public const string RequestClerksGroup = GovOpen.Umbraco.Composing.GovUserGroups.RequestClerks;

    /// <summary>Umbraco's administrators group alias.</summary>
    public const string AdministratorsGroup = Constants.Security.AdminGroupAlias;

    public static bool MayUseRequestRegister(IUser? user) =>
        user is not null && user.Groups.Any(g => g.Alias is RequestClerksGroup or AdministratorsGroup);
}
