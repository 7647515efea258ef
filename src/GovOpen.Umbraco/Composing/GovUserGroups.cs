namespace GovOpen.Umbraco.Composing;

/// <summary>User groups GovOpen installs; the aliases are what authorization checks against.</summary>
public static class GovUserGroups
{
    /// <summary>依申请公开办理: back-office users who handle the 依申请公开 request register (Content section).</summary>
    public const string RequestClerks = "govOpenRequestClerks";

    /// <summary>The group's name as the installer creates it (administrators may rename it; the alias stays).</summary>
    public const string RequestClerksName = "依申请公开办理";
}
