namespace GovOpen.Umbraco.DeliveryApi;

/// <summary>Field names GovOpen adds to the Delivery API index.</summary>
public static class GovIndexFields
{
    public const string DocumentNumber = "govDocumentNumber";
    public const string Validity = "govValidity";
    public const string Disclosure = "govDisclosure";
    public const string Issuer = "govIssuer";
    public const string Year = "govYear";
    public const string Topic = "govTopic";
    public const string SignedDate = "govSignedDate";
    public const string PublishedDate = "govPublishedDate";
    public const string InterpretationOf = "govInterpretationOf";
}
