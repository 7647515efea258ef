using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace GovOpen.Umbraco.Tests;

/// <summary>
/// Packs the solution the way a release does and installs the result the way a developer would: a brand-new
/// project restores GovOpen.Umbraco from a local feed (its dependencies from NuGet), builds, and runs
/// <c>AddGovOpen()</c> on a real <c>UmbracoBuilder</c> with no GovOpen settings at all.
/// </summary>
public sealed class PackageTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("govopen-pack").FullName;

    /// <summary>A version no earlier run has put in the NuGet cache.</summary>
    private readonly string _version = $"0.1.0-ci.{DateTime.UtcNow:yyyyMMddHHmmss}{Random.Shared.Next(1000):000}";

    public void Dispose() => Directory.Delete(_work, true);

    private static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GovOpen.Umbraco.sln")))
        {
            dir = dir.Parent;
        }
        return dir!.FullName;
    }

    private static async Task<string> Run(string workingDirectory, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet", args) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        var output = await stdout + await stderr;
        Assert.True(p.ExitCode == 0, $"dotnet {string.Join(' ', args)} failed:\n{output}");
        return output;
    }

    [Fact]
    public async Task The_packed_solution_installs_into_a_new_project_and_starts_on_defaults()
    {
        var feed = Path.Combine(_work, "feed");
        await Run(Root(), "pack", "GovOpen.Umbraco.sln", "-c", "Release", "-o", feed, "-nologo", $"-p:Version={_version}", "-p:IncludeSymbols=false");

        // Every package a consumer needs is produced; applications are not packages.
        var ids = Directory.GetFiles(feed, "*.nupkg").Select(f => Path.GetFileName(f)[..^($".{_version}.nupkg".Length)]).ToHashSet();
        foreach (var id in new[] { "GovOpen.Core", "GovOpen.Packaging", "GovOpen.Search", "GovOpen.Import", "GovOpen.Requests", "GovOpen.Umbraco" })
        {
            Assert.Contains(id, ids);
        }
        Assert.DoesNotContain("GovOpen.Site", ids);

        using (var zip = ZipFile.OpenRead(Path.Combine(feed, $"GovOpen.Umbraco.{_version}.nupkg")))
        {
            var names = zip.Entries.Select(e => e.FullName).ToList();
            Assert.Contains("lib/net10.0/GovOpen.Umbraco.dll", names);
            Assert.Contains("staticwebassets/App_Plugins/GovOpen/umbraco-package.json", names);
            Assert.Contains("staticwebassets/App_Plugins/GovOpen/govopen.js", names); // the back-office client, built from umbraco-package/
            Assert.Contains(names, n => n.StartsWith("staticwebassets/App_Plugins/GovOpen/validity.element", StringComparison.Ordinal));
            // No source maps are shipped, and no shipped script points at one (a browser would ask for it and get 404).
            Assert.DoesNotContain(names, n => n.EndsWith(".map", StringComparison.Ordinal));
            foreach (var script in zip.Entries.Where(e => e.FullName.StartsWith("staticwebassets/App_Plugins/GovOpen/", StringComparison.Ordinal) && e.FullName.EndsWith(".js", StringComparison.Ordinal)))
            {
                using var reader = new StreamReader(script.Open());
                Assert.DoesNotContain("sourceMappingURL", reader.ReadToEnd());
            }
            Assert.Contains("README.md", names);
            Assert.Contains("icon.png", names);

            using var nuspecStream = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
            var nuspec = XDocument.Load(nuspecStream);
            XNamespace ns = nuspec.Root!.Name.Namespace;
            var deps = nuspec.Descendants(ns + "dependency").ToDictionary(d => d.Attribute("id")!.Value, d => d.Attribute("version")!.Value);
            Assert.Equal("17.6.2", deps["Umbraco.Cms.Core"]); // the lowest Umbraco 17 it is built and tested against
            Assert.Equal(_version, deps["GovOpen.Core"]);
            Assert.Contains("GovOpen.Search", deps.Keys);
            Assert.Contains(nuspec.Descendants(ns + "tags").Single().Value.Split(' '), t => t == "umbraco");
            Assert.False(string.IsNullOrEmpty(nuspec.Descendants(ns + "projectUrl").SingleOrDefault()?.Value));
        }

        // A brand-new consumer: only GovOpen.Umbraco referenced, restored from the local feed plus NuGet.
        var app = Path.Combine(_work, "consumer");
        Directory.CreateDirectory(app);
        File.WriteAllText(Path.Combine(app, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="local" value="{feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(app, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <NoWarn>$(NoWarn);NU1603</NoWarn>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="GovOpen.Umbraco" Version="{_version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(app, "Program.cs"), """
            using GovOpen.Umbraco.Composing;
            using Microsoft.Extensions.Configuration;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Logging.Abstractions;
            using Microsoft.Extensions.Options;
            using Umbraco.Cms.Core.Composing;
            using Umbraco.Cms.Core.DependencyInjection;

            var typeFinder = new TypeFinder(NullLogger<TypeFinder>.Instance, new DefaultUmbracoAssemblyProvider(typeof(GovOpenComposer).Assembly, NullLoggerFactory.Instance), []);
            var builder = new UmbracoBuilder(new ServiceCollection(), new ConfigurationBuilder().Build(), new TypeLoader(typeFinder, NullLogger<TypeLoader>.Instance));
            builder.AddGovOpen();
            builder.Services.AddLogging();
            using var services = builder.Services.BuildServiceProvider();
            // No GovOpen settings at all: the options still bind and validate (missing ones are reported, not fatal).
            var options = services.GetRequiredService<IOptions<GovOpenOptions>>().Value;
            Console.WriteLine($"services={builder.Services.Count} agency='{options.AgencyName}' umbraco={typeof(IUmbracoBuilder).Assembly.GetName().Version}");
            """);
        await Run(app, "restore", "-nologo");
        var assets = JsonNode.Parse(File.ReadAllText(Path.Combine(app, "obj", "project.assets.json")))!;
        Assert.Contains(assets["libraries"]!.AsObject(), kv => kv.Key == "Umbraco.Cms.Core/17.6.2");
        var output = await Run(app, "run", "--no-restore", "-nologo");
        Assert.Matches(@"services=\d+ agency='' umbraco=17\.6\.2", output);
    }
}
