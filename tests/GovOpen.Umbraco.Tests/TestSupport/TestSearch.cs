using GovOpen.Umbraco.Composing;
using GovOpen.Umbraco.Search;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;

namespace GovOpen.Umbraco.Tests;

/// <summary>GovOpen's two indexes over a <see cref="FakeSite"/>, on disk under a test folder.</summary>
internal static class TestSearch
{
    public static GovOpenSearch Create(FakeSite site, string root, FixedClock clock, bool searchModule = true)
    {
        var env = new Mock<IHostEnvironment>();
        env.Setup(e => e.ContentRootPath).Returns(root);
        var options = new GovOpenOptions { AgencyName = "x", SearchIndexPath = "idx" };
        options.Modules.Search = searchModule;
        return new GovOpenSearch(new FakeContentSource(site), new GovOpenSettings(Options.Create(options)), env.Object, clock, NullLogger<GovOpenSearch>.Instance);
    }
}
