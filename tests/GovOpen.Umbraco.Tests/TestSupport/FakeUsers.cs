using GovOpen.Umbraco.Security;
using Moq;
using Umbraco.Cms.Core.Models.Membership;
using Umbraco.Cms.Core.Security.Authorization;

namespace GovOpen.Umbraco.Tests;

/// <summary>Back-office users in groups, and Umbraco's content permission check answering from a list of denied node keys.</summary>
internal static class FakeUsers
{
    public static IUser User(int id, string name, params string[] groups)
    {
        var m = new Mock<IUser>();
        m.Setup(u => u.Id).Returns(id);
        m.Setup(u => u.Name).Returns(name);
        m.Setup(u => u.Username).Returns(name);
        m.Setup(u => u.Groups).Returns(groups.Select(g => Mock.Of<IReadOnlyUserGroup>(x => x.Alias == g)).ToList());
        return m.Object;
    }

    public static IGovCurrentUser Current(IUser? user) => Mock.Of<IGovCurrentUser>(c => c.User == user);

    public static IContentPermissionAuthorizer Permissions(params Guid[] denied)
    {
        var m = new Mock<IContentPermissionAuthorizer>();
        m.Setup(p => p.IsDeniedAsync(It.IsAny<IUser>(), It.IsAny<Guid>(), It.IsAny<string>())).ReturnsAsync((IUser _, Guid key, string _) => denied.Contains(key));
        m.Setup(p => p.FilterAuthorizedAsync(It.IsAny<IUser>(), It.IsAny<IEnumerable<Guid>>(), It.IsAny<ISet<string>>()))
            .ReturnsAsync((IUser _, IEnumerable<Guid> keys, ISet<string> _) => keys.Where(k => !denied.Contains(k)).ToHashSet());
        return m.Object;
    }
}
