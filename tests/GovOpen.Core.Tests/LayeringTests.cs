using System.Text.RegularExpressions;

namespace GovOpen.Core.Tests;

/// <summary>
/// docs/architecture.md: Core holds the domain and its rules and does no disk or network I/O (the embedded data are
/// resources); adapters read files and call services. A use of the file system or the network in Core's sources fails
/// here, naming the file and line.
/// </summary>
public sealed partial class LayeringTests
{
    [GeneratedRegex(@"\b(File|Directory|FileInfo|DirectoryInfo|FileStream|HttpClient|WebRequest|Socket|TcpClient|Process)\s*[\.(]")]
    private static partial Regex IoApi();

    [Fact]
    public void Core_does_no_disk_or_network_io()
    {
        Assert.Empty(CodeLines(Path.Combine("src", "GovOpen.Core"), IoApi().IsMatch));
    }

    [GeneratedRegex(@"(\{[^{}""]+:(yyyy|MM|dd|HH)[^{}""]*\})|(\.ToString\(""(yyyy|MM|dd|HH)[^""]*""\))")]
    private static partial Regex CultureDateFormat();

    [Fact]
    public void Dates_are_written_with_the_invariant_culture_everywhere()
    {
        // A date format applied with the server's culture writes another calendar's year on a Thai or Arabic server
        // (2569年, 1448): dates go through IsoDate (ISO and 2026年3月5日) or name the invariant culture.
        Assert.Empty(CodeLines("src", code => CultureDateFormat().IsMatch(code) && !code.Contains("InvariantCulture", StringComparison.Ordinal)));
    }

    /// <summary>
    /// Every line of code (comments cut) of the C# sources below a folder of the repository that matches, as
    /// "path:line: text"; the folder must hold sources, so a moved tree fails instead of passing empty.
    /// </summary>
    private static List<string> CodeLines(string folder, Func<string, bool> matches)
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "GovOpen.Umbraco.sln")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("repository root not found");
        }
        var sources = Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.True(sources.Count > 50, $"the sources of {folder} were not found");
        var found = new List<string>();
        foreach (var file in sources)
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (matches(lines[i].Split("//", 2)[0]))
                {
                    found.Add($"{Path.GetRelativePath(root, file)}:{i + 1}: {lines[i].Trim()}");
                }
            }
        }
        return found;
    }
}
