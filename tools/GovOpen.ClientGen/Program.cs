using GovOpen.ClientGen;

// Usage: GovOpen.ClientGen <umbraco-package directory>
if (args.Length != 1 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: GovOpen.ClientGen <umbraco-package directory>");
    return 2;
}
foreach (var path in ClientArtifacts.WriteTo(args[0]))
{
    Console.WriteLine($"GovOpen.ClientGen: wrote {path}");
}
return 0;
