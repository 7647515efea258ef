using Umbraco.Cms.Core.Models.Membership;

namespace GovOpen.Umbraco.Security;

/// <summary>The back-office user making the current request, or null (e.g. a background job).</summary>
public interface IGovCurrentUser
{
    IUser? User { get; }
}
