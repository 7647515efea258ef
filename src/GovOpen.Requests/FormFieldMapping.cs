using GovOpen.Core;
using GovOpen.Core.Requests;

namespace GovOpen.Requests;

/// <summary>
/// Maps the fields of a form record (e.g. an Umbraco Forms <c>Record</c>, whose field values are keyed by alias) onto a
/// <see cref="RequestSubmission"/>. An agency with a Forms licence names its form fields with these aliases and calls
/// <see cref="FromFields"/> from a workflow; nothing here depends on Umbraco Forms.
/// </summary>
public static class FormFieldMapping
{
    public const string ApplicantType = "applicantType";
    public const string Name = "applicantName";
    public const string IdType = "idType";
    public const string IdNumber = "idNumber";
    public const string Organization = "organization";
    public const string CreditCode = "creditCode";
    public const string Contact = "contact";
    public const string Address = "address";
    public const string Description = "description";
    public const string Purpose = "purpose";
    public const string PreferredForm = "preferredForm";
    public const string Delivery = "delivery";

    /// <summary>
    /// Builds a submission from field values. <paramref name="recordId"/> (the Forms record's unique id) becomes the
    /// client token, so a workflow that runs twice registers one request. Throws a <see cref="GovOpenException"/> naming
    /// the first invalid field; <see cref="RequestStore.Validate"/> lists them all.
    /// </summary>
    public static RequestSubmission FromFields(IReadOnlyDictionary<string, string?> fields, string recordId, IReadOnlyList<(string FileName, string ContentType, byte[] Content)>? files = null)
    {
        string? F(string alias) => fields.TryGetValue(alias, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
        var typeText = F(ApplicantType) ?? "naturalPerson";
        if (!ApplicantTypes.TryParse(typeText, out var type))
        {
            throw new GovOpenException(Issue.Error(ApplicantType, "invalid", $"申请人类型“{typeText}”无效", $"Unknown applicant type '{typeText}'."));
        }
        IdDocumentType? idType = null;
        if (F(IdType) is { } idText)
        {
            idType = IdDocumentTypes.TryParse(idText, out var t)
                ? t
                : throw new GovOpenException(Issue.Error(IdType, "invalid", $"证件类型“{idText}”无效", $"Unknown identity document type '{idText}'."));
        }
        var submission = new RequestSubmission
        {
            ClientToken = "forms:" + recordId,
            ApplicantType = type,
            Name = F(Name) ?? "",
            IdType = idType,
            IdNumber = F(IdNumber),
            Organization = F(Organization),
            CreditCode = F(CreditCode),
            Contact = F(Contact) ?? "",
            Address = F(Address),
            Description = F(Description) ?? "",
            Purpose = F(Purpose),
            PreferredForm = F(PreferredForm) ?? "electronic",
            Delivery = F(Delivery) ?? "online",
            Attachments = files ?? [],
        };
        if (RequestStore.Validate(submission).FirstOrDefault(i => i.Severity == Severity.Error) is { } issue)
        {
            throw new GovOpenException(issue);
        }
        return submission;
    }
}
