namespace GovOpen.Site.Services;

/// <summary>Thrown when the Delivery API answers with something that is not a Delivery API response.</summary>
public sealed class DeliveryApiException(string message, Exception? inner = null) : Exception(message, inner);
