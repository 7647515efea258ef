using GovOpen.Core.Content;
using GovOpen.Packaging;
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

    private static List<string> RelativeFiles(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public async Task Sample_writes_the_committed_package_byte_for_byte()
    {
        var stdout = new StringWriter();
        var code = await CliApp.RunAsync(["sample", "--out", _dir], stdout, new StringWriter());
        Assert.Equal(0, code);
        var committed = Committed();
        var expected = RelativeFiles(committed);
        Assert.Contains("package.json", expected);
        Assert.Contains(expected, f => f.StartsWith("media", StringComparison.Ordinal));
        Assert.Equal(expected, RelativeFiles(_dir));
        foreach (var f in expected)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(committed, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(_dir, f))), $"{f} differs from src/GovOpen.Site/SampleContent");
        }
        var written = ContentPackage.Load(_dir);
        Assert.Empty(written.Problems);
        Assert.True(written.Manifest.Sample);
        Assert.Equal(ContentPackage.Load(committed).Items.Count, written.Items.Count);
        Assert.Contains($"wrote {written.Items.Count} items", stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sample_replaces_items_left_in_the_directory()
    {
        Directory.CreateDirectory(Path.Combine(_dir, ContentPackage.ItemsDir));
        File.WriteAllText(Path.Combine(_dir, ContentPackage.ItemsDir, "stale.json"), "{}");
        Assert.Equal(0, await CliApp.RunAsync(["sample", "--out", _dir], new StringWriter(), new StringWriter()));
        Assert.False(File.Exists(Path.Combine(_dir, ContentPackage.ItemsDir, "stale.json")));
        Assert.Equal(ContentPackage.Load(Committed()).Items.Count, ContentPackage.Load(_dir).Items.Count);
    }

    [Fact]
    public async Task Sample_without_out_is_a_usage_error()
    {
        var stderr = new StringWriter();
        Assert.Equal(CliApp.Usage, await CliApp.RunAsync(["sample"], new StringWriter(), stderr));
        Assert.Contains("--out", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_sample_is_realistic_and_consistent()
    {
        var set = ContentPackage.Load(Committed()).ToContentSet();
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

    [Fact]
    public void The_sample_dates_are_the_ones_its_documents_state()
    {
        var set = ContentPackage.Load(Committed()).ToContentSet();
        var mismatches = new List<string>();
        var stated = 0;
        foreach (var p in set.Policies.Values)
        {
            var terms = EffectiveTerms.Find(ContentMapper.PlainBody(set.ById[p.Id]));
            // The effective date recorded is the one the body states (自…起施行, or 自印发之日起 = the 成文日期).
            if (terms.EffectiveOn(p.SignedDate) is { } effective && p.Validity.IsRecorded)
            {
                stated++;
                if (p.Validity.EffectiveDate != effective)
                {
                    mismatches.Add($"{p.Id}: effectiveDate {p.Validity.EffectiveDate} but the body says {effective}");
                }
                var history = p.Validity.History.FirstOrDefault(e => e.Kind == ValidityEventKind.Effective);
                if (terms.ValidUntilFrom(effective) is { } until && history?.ValidUntil != until)
                {
                    mismatches.Add($"{p.Id}: validUntil {history?.ValidUntil} but the body says {until}");
                }
            }
            // A change decided by another document of the sample takes effect on the date its clause names, else on the
            // deciding document's effective date (同时废止 in a notice 自2026年10月1日起执行 abolishes on 1 October).
            foreach (var e in p.Validity.History.Where(e => e.Kind is ValidityEventKind.Abolished or ValidityEventKind.Revised or ValidityEventKind.DeclaredInvalid))
            {
                if (e.By?.Id is not { } byId || !set.Policies.TryGetValue(byId, out var decider))
                {
                    continue;
                }
                var clause = AmendmentDetector.Detect(ContentMapper.PlainBody(set.ById[byId]))
                    .FirstOrDefault(a => a.TargetDocumentNumber == p.ParsedNumber?.Normalized && a.EventKind == e.Kind);
                var expected = clause?.EffectiveDate ?? decider.Validity.EffectiveDate;
                if (e.Date != expected)
                {
                    mismatches.Add($"{p.Id}: {e.Kind} on {e.Date} but {byId} takes effect on {expected}");
                }
            }
        }
        Assert.True(stated >= 10, $"only {stated} sample policies state their effective date");
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }
}
