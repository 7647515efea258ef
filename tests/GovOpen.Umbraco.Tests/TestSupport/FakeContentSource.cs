using GovOpen.Umbraco.Search;
using Umbraco.Cms.Core.Models;

namespace GovOpen.Umbraco.Tests;

/// <summary>The content of a <see cref="FakeSite"/> as the search, dashboard and health checks read it.</summary>
internal sealed class FakeContentSource(FakeSite site) : IGovContentSource
{
    public IEnumerable<IContent> All() => site.Contents;
}
