namespace GovOpen.Core.Content;

/// <summary>
/// The ASCII property aliases of the GovOpen content model (docs/content-model.md), used by the content package,
/// the Umbraco document types, the Delivery API and the back-office client (which gets a generated copy).
/// </summary>
public static class PropertyAliases
{
    // Shared
    public const string Body = "body";
    public const string PublishedDate = "publishedDate";
    public const string Disclosure = "disclosure";
    public const string Attachments = "attachments";
    public const string Summary = "summary";

    /// <summary>Why personal information in the item is lawfully public (条例 art. 15); without it such information blocks publishing.</summary>
    public const string PersonalInformationReason = "personalInformationReason";

    /// <summary>Set by <c>govopen import</c> on drafts: never public, whatever else the item says.</summary>
    public const string Draft = "draft";

    // 政策文件
    public const string DocumentNumber = "documentNumber";
    public const string IndexNumber = "indexNumber";
    public const string Topic = "topic";
    public const string Issuers = "issuers";
    public const string SignedDate = "signedDate";
    public const string Genre = "genre";
    public const string Category = "category";
    public const string RegistrationNumber = "registrationNumber";
    public const string Validity = "validity";
    public const string PendingValidityChanges = "pendingValidityChanges";
    public const string RequiresInterpretation = "requiresInterpretation";
    public const string NoInterpretationReason = "noInterpretationReason";
    public const string InterpretationStatus = "interpretationStatus";

    // 政策解读
    public const string InterpretationOf = "interpretationOf";
    public const string Form = "form";
    public const string Interpreter = "interpreter";
    public const string QuestionsAndAnswers = "qa";
    public const string Images = "images";
    public const string VideoUrl = "videoUrl";
    public const string VideoTranscript = "videoTranscript";

    // 会议公开
    public const string Series = "series";
    public const string Number = "number";
    public const string MeetingDate = "meetingDate";
    public const string Host = "host";
    public const string Attendees = "attendees";
    public const string Location = "location";
    public const string Agenda = "agenda";

    // 价格收费
    public const string FeeCategory = "feeCategory";
    public const string Collector = "collector";
    public const string Payer = "payer";
    public const string Standards = "standards";
    public const string Note = "note";

    // 法定主动公开内容 (a page under the catalogue page switches a category on)
    public const string CatalogueCategory = "catalogueCategory";

    /// <summary>An agency's 基层政务公开标准目录 (rows of 事项, 内容, 依据, 时限, 主体, 对象, 方式, 渠道).</summary>
    public const string StandardCatalogue = "standardCatalogue";

    /// <summary>A year's 重大行政决策事项目录 (rows of 事项, 承办单位, 计划完成时间 and the date of each step).</summary>
    public const string DecisionCatalogue = "decisionCatalogue";

    // 意见征集
    public const string ConsultationKind = "consultationKind";
    public const string Opens = "opens";
    public const string Closes = "closes";
    public const string ShortenedReason = "shortenedReason";
    public const string NameRequired = "nameRequired";
    public const string Explanation = "explanation";
    public const string Feedback = "feedback";
    public const string FeedbackDate = "feedbackDate";
    public const string FinalDocument = "finalDocument";
    public const string LinkedColumn = "linkedColumn";
    public const string UpdateIntervalDays = "updateIntervalDays";

    // 年度报告
    public const string Year = "year";
    public const string LicensingCount = "licensingCount";
    public const string PenaltyCount = "penaltyCount";
    public const string EnforcementCount = "enforcementCount";
    public const string FeeAmount = "feeAmount";
    public const string Overview = "overview";
    public const string Problems = "problems";
    public const string OtherMatters = "otherMatters";
    public const string ProcessingFees = "processingFees";

    /// <summary>The generated tables (<c>AnnualReport.ToJson</c>), kept with the report so what was published stays as it was.</summary>
    public const string ReportTables = "reportTables";

    /// <summary>Why a report whose tables fail a check is published as it is.</summary>
    public const string CheckExplanation = "checkExplanation";
}
