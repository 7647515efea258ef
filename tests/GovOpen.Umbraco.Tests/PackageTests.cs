using System.Diagnostics;
using System.IO.Compression;
using System.Xml.Linq;

namespace GovOpen.Umbraco.Tests;

/// <summary>Runs <c>dotnet pack</c> on the plugin and inspects the NuGet package.</summary>
public sealed class PackageTests : IDisposable
{
    private readonly string _out = Directory.CreateTempSubdirectory("govopen-pack").FullName;

    public void Dispose() => Directory.Delete(_out, true);

    private static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GovOpen.Umbraco.sln")))
        {
            dir = dir.Parent;
        }
        return dir!.FullName;
    }

    [Fact]
    public async Task The_nupkg_has_the_assembly_its_dependencies_and_the_back_office_files()
    {
        var project = Path.Combine(Root(), "src", "GovOpen.Umbraco", "GovOpen.Umbraco.csproj");
        var psi = new ProcessStartInfo("dotnet", ["pack", project, "-c", "Release", "-o", _out, "-nologo", "-p:IncludeSymbols=false"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        Assert.True(p.ExitCode == 0, await stdout + await stderr);

        var nupkg = Directory.GetFiles(_out, "GovOpen.Umbraco.*.nupkg").Single();
        Assert.Matches(@"GovOpen\.Umbraco\.\d+\.\d+\.\d+\.nupkg$", nupkg);
        using var zip = ZipFile.OpenRead(nupkg);
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("lib/net10.0/GovOpen.Umbraco.dll", names);
        Assert.Contains("staticwebassets/App_Plugins/GovOpen/umbraco-package.json", names);
        Assert.Contains("staticwebassets/App_Plugins/GovOpen/govopen.js", names); // the back-office client, built from umbraco-package/
        Assert.Contains(names, n => n.StartsWith("staticwebassets/App_Plugins/GovOpen/validity.element", StringComparison.Ordinal));

        using var nuspecStream = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        var nuspec = XDocument.Load(nuspecStream);
        XNamespace ns = nuspec.Root!.Name.Namespace;
        var deps = nuspec.Descendants(ns + "dependency").ToDictionary(d => d.Attribute("id")!.Value, d => d.Attribute("version")!.Value);
        Assert.Equal("17.8.1", deps["Umbraco.Cms.Core"]);
        Assert.Contains("GovOpen.Core", deps.Keys);
        Assert.Contains("GovOpen.Search", deps.Keys);
        Assert.Contains("GovOpen.Import", deps.Keys);
        Assert.Contains(nuspec.Descendants(ns + "tags").Single().Value.Split(' '), t => t == "umbraco");
    }
}
