namespace GovOpen.Umbraco.Tests;

internal static class DictExtensions
{
    public static Dictionary<string, object?> With(this Dictionary<string, object?> d, string key, object? value)
    {
        d[key] = value;
        return d;
    }
}
