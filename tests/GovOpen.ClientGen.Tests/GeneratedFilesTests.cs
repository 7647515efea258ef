using System.Text.Json.Nodes;

namespace GovOpen.ClientGen.Tests;

/// <summary>
/// The client's generated files are committed (the client's tests and bundle read them); they must be what Core
/// generates now. GovOpen.Umbraco's build rewrites them, so run this without building it, or see scripts/test.sh,
/// which fails when the build had to rewrite a committed one.
/// </summary>
public sealed class GeneratedFilesTests
{
    private static string ClientRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GovOpen.Umbraco.sln")))
        {
            dir = dir.Parent;
        }
        return Path.Combine(dir!.FullName, "umbraco-package");
    }

    public static TheoryData<string> Files() => new(ClientArtifacts.Generate().Keys);

    [Theory]
    [MemberData(nameof(Files))]
    public void The_committed_file_is_what_Core_generates(string relative)
    {
        var committed = File.ReadAllText(Path.Combine(ClientRoot(), relative));
        Assert.True(committed == ClientArtifacts.Generate()[relative],
            $"umbraco-package/{relative} is not what tools/GovOpen.ClientGen generates from Core: run `dotnet run --project tools/GovOpen.ClientGen -- umbraco-package` and commit it.");
    }

    [Fact]
    public void The_rule_cases_carry_Cores_fee_standard_rules()
    {
        var cases = JsonNode.Parse(ClientArtifacts.Generate()[ClientArtifacts.RuleCasesFile])!["feeStandards"]!.AsArray();
        var codes = cases.SelectMany(c => c!["issues"]!.AsArray().SelectMany(row => row!.AsArray().Select(i => $"{i!["field"]}/{i["code"]}"))).ToHashSet();
        // FeeStandard.Validate's rules, the negative amount among them, each met by at least one case.
        Assert.Superset(new HashSet<string> { "feePeriod/order", "feeStandard/both", "feeStandard/none", "feeAmount/negative", "feeUnit/required", "feeBasis/required" }, codes);
        Assert.Contains(cases, c => (int)c!["overlaps"]! > 0);
        Assert.Contains(cases, c => c!["issues"]!.AsArray().All(row => row!.AsArray().Count == 0) && (int)c["overlaps"]! == 0);
    }
}
