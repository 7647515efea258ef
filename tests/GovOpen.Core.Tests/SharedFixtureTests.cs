using System.Text.Json.Nodes;
using GovOpen.Core.Documents;

namespace GovOpen.Core.Tests;

/// <summary>
/// The fixture table shared with the back-office client (umbraco-package/test/rules.test.ts): the C# parser and
/// its TypeScript port must give the same answer for every row.
/// </summary>
public class SharedFixtureTests
{
    public static TheoryData<string> Rows()
    {
        var data = new TheoryData<string>();
        foreach (var row in Table())
        {
            data.Add(row!["input"]!.GetValue<string>());
        }
        return data;
    }

    private static JsonArray Table()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GovOpen.Umbraco.sln")))
        {
            dir = dir.Parent;
        }
        return JsonNode.Parse(File.ReadAllText(Path.Combine(dir!.FullName, "tests", "fixtures", "document-numbers.json")))!.AsArray();
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Parser_agrees_with_the_shared_table(string input)
    {
        var row = Table().Single(r => r!["input"]!.GetValue<string>() == input)!;
        var r = DocumentNumberParser.Parse(input);
        Assert.Equal(row["valid"]!.GetValue<bool>(), r.IsValid);
        if (r.Value is { } v)
        {
            Assert.Equal(row["normalized"]!.GetValue<string>(), v.Normalized);
            Assert.Equal(row["kind"]!.GetValue<string>(), v.Kind.ToString().ToLowerInvariant());
            Assert.Equal(row["warnings"]!.AsArray().Select(w => w!.GetValue<string>()), r.Warnings.Select(w => w.Code));
            if (row["key"] is { } key)
            {
                Assert.Equal(key.GetValue<string>(), v.CanonicalKey);
            }
        }
        else
        {
            Assert.Equal(row["code"]!.GetValue<string>(), r.Error!.Code);
        }
    }
}
