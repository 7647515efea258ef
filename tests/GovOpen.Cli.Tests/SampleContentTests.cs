using GovOpen.Cli;
using GovOpen.Core.Content;
using GovOpen.Core.Validity;

namespace GovOpen.Cli.Tests;

public sealed class SampleContentTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("govopen-sample").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    private static string Committed()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GovOpen.Umbraco.sln")))
        {
            dir = dir.Parent;
        }
        return Path.Combine(dir!.FullName, "src", "GovOpen.Site", "SampleContent");
    }

    [Fact]
    public async Task The_committed_sample_package_is_what_the_generator_writes()
    {
        var code = await CliApp.RunAsync(["sample", "--out", _dir], new StringWriter(), new StringWriter());
        Assert.Equal(0, code);
        var committed = Committed();
        var expected = Directory.EnumerateFiles(committed, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(committed, f)).Order().ToList();
        var actual = Directory.EnumerateFiles(_dir, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_dir, f)).Order().ToList();
        Assert.Equal(expected, actual);
        foreach (var f in expected)
        {
            Assert.True(File.ReadAllText(Path.Combine(committed, f)) == File.ReadAllText(Path.Combine(_dir, f)), $"{f} differs: run `govopen sample --out src/GovOpen.Site/SampleContent`");
        }
    }

    [Fact]
    public void The_sample_is_realistic_and_consistent()
    {
        var set = ContentSet.From(ContentPackage.Load(Committed()));
        Assert.Empty(set.Problems);
        Assert.True(set.Items.Count >= 120, $"{set.Items.Count} items");
        Assert.True(set.Interpretations.Count >= 15);
        Assert.True(set.Meetings.Count >= 8);
        Assert.True(set.Fees.Count >= 20);
        Assert.Contains(set.Fees.Values, f => f.History.Count > 1);
        Assert.True(set.Manifest.Sample);
        var today = new DateOnly(2026, 11, 23);
        var states = set.Policies.Values.Select(p => p.Validity.StateOn(today)).ToHashSet();
        Assert.Superset(new HashSet<ValidityState> { ValidityState.InForce, ValidityState.Revised, ValidityState.Abolished, ValidityState.Expired, ValidityState.NotYetEffective }, states);
        // Every abolition recorded in the data is also stated in the replacing document's body, and Core finds it.
        foreach (var p in set.Policies.Values)
        {
            foreach (var e in p.Validity.History.Where(e => e.Kind is ValidityEventKind.Abolished or ValidityEventKind.Revised))
            {
                var body = ContentMapper.PlainBody(set.ById[e.By!.Id!]);
                Assert.Contains(AmendmentDetector.Detect(body), a => a.TargetDocumentNumber == p.ParsedNumber!.Normalized && a.EventKind == e.Kind);
            }
        }
    }
}
