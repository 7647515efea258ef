namespace GovOpen.Core.Content;

/// <summary>ASCII aliases of the GovOpen document types (docs/content-model.md).</summary>
public static class ContentTypes
{
    public const string DisclosureRoot = "govDisclosureRoot";
    public const string PolicyFolder = "govPolicyFolder";
    public const string PolicyDocument = "govPolicyDocument";
    public const string PolicyInterpretation = "govPolicyInterpretation";
    public const string MeetingColumn = "govMeetingColumn";
    public const string Meeting = "govMeeting";
    public const string FeeColumn = "govFeeColumn";
    public const string FeeItem = "govFeeItem";
    public const string Guide = "govGuide";
    public const string AnnualReport = "govAnnualReport";
    public const string Page = "govPage";
    public const string ConsultationColumn = "govConsultationColumn";
    public const string Consultation = "govConsultation";

    public static readonly IReadOnlyList<string> All =
        [DisclosureRoot, PolicyFolder, PolicyDocument, PolicyInterpretation, MeetingColumn, Meeting, FeeColumn, FeeItem, Guide, AnnualReport, Page, ConsultationColumn, Consultation];
}
