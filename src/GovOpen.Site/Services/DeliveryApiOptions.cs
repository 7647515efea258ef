namespace GovOpen.Site.Services;

public sealed class DeliveryApiOptions
{
    public string? BaseUrl { get; set; }

    public string? ApiKey { get; set; }

    /// <summary>Value of the Delivery API <c>Start-Item</c> header (the site root), if the Umbraco instance hosts several sites.</summary>
    public string? StartItem { get; set; }

    public int TimeoutSeconds { get; set; } = 10;

    public int RefreshMinutes { get; set; } = 10;
}
