namespace GovOpen.Core.Content;

/// <summary>
/// The whole GovOpen content model of docs/content-model.md, as data: data types, property groups, document types
/// and the folder they live in. Keys and aliases are fixed forever (existing sites depend on them). The Umbraco plugin
/// installs it; the client generator writes a copy for the back-office tests.
/// </summary>
public static class ContentModelDefinition
{
    /// <summary>The name of the folder (entity container) the document types and GovOpen data types are created in.</summary>
    public const string FolderName = "政务公开";

    /// <summary>Key of the 政务公开 folder in Settings → Document Types.</summary>
    public static readonly Guid DocumentTypeFolderKey = new("5a1c0d03-6f2b-4d2e-9a10-000000000001");

    /// <summary>Key of the 政务公开 folder in Settings → Data Types.</summary>
    public static readonly Guid DataTypeFolderKey = new("5a1c0d03-6f2b-4d2e-9a10-000000000002");

    /// <summary>Module switches (<c>GovOpen:Modules:*</c>) that gate document types.</summary>
    public static class Modules
    {
        public const string Meetings = "Meetings";
        public const string Fees = "Fees";
        public const string Consultations = "Consultations";
    }

    // Built-in data types of every Umbraco 17 site, by the keys of Umbraco's Constants.DataTypes.Guids
    // (src/Umbraco.Core/Constants-DataTypes.cs); editor and UI aliases as Umbraco's install data creates them
    // (src/Umbraco.Infrastructure/Migrations/Install/DatabaseDataCreator.cs, CreateDataTypeData).

    /// <summary>Textstring (node -88): Umbraco.TextBox, UI Umb.PropertyEditorUi.TextBox.</summary>
    public static readonly BuiltInDataType Textstring = new(new("0cc0eba1-9960-42c9-bf9b-60e150b429ae"), "Textstring", "Umbraco.TextBox", "Umb.PropertyEditorUi.TextBox");

    /// <summary>Textarea (node -89): Umbraco.TextArea, UI Umb.PropertyEditorUi.TextArea.</summary>
    public static readonly BuiltInDataType Textarea = new(new("c6bac0dd-4ab9-45b1-8e30-e4b619ee5da3"), "Textarea", "Umbraco.TextArea", "Umb.PropertyEditorUi.TextArea");

    /// <summary>Richtext editor (node -87): Umbraco.RichText, UI Umb.PropertyEditorUi.Tiptap.</summary>
    public static readonly BuiltInDataType RichText = new(new("ca90c950-0aff-4e72-b976-a30b1ac57dad"), "Richtext editor", "Umbraco.RichText", "Umb.PropertyEditorUi.Tiptap");

    /// <summary>Date Picker (node -41): Umbraco.DateTime, UI Umb.PropertyEditorUi.DatePicker, format YYYY-MM-DD.</summary>
    public static readonly BuiltInDataType DatePicker = new(new("5046194e-4237-453c-a547-15db3a07c4e1"), "Date Picker", "Umbraco.DateTime", "Umb.PropertyEditorUi.DatePicker");

    /// <summary>True/false (node -49): Umbraco.TrueFalse, UI Umb.PropertyEditorUi.Toggle.</summary>
    public static readonly BuiltInDataType Checkbox = new(new("92897bc6-a5f3-4ffe-ae27-f2e7e33dda49"), "True/false", "Umbraco.TrueFalse", "Umb.PropertyEditorUi.Toggle");

    /// <summary>
    /// Label (string) (node -92): Umbraco.Label, UI Umb.PropertyEditorUi.Label — read-only for editors, set by code.
    /// Created on every install, even when the default data types are switched off.
    /// </summary>
    public static readonly BuiltInDataType Label = new(new("f0bc4bfb-b499-40d6-ba86-058885a5178c"), "Label (string)", "Umbraco.Label", "Umb.PropertyEditorUi.Label");

    /// <summary>
    /// Multiple Media Picker (node 1052): Umbraco.MediaPicker3 allowing several items, UI Umb.PropertyEditorUi.MediaPicker.
    /// 附件 are Umbraco media picked with it.
    /// </summary>
    public static readonly BuiltInDataType MultipleMediaPicker = new(new("1b661f40-2242-4b44-b9cb-3990ee2b13c0"), "Multiple Media Picker", "Umbraco.MediaPicker3", "Umb.PropertyEditorUi.MediaPicker");

    public static readonly IReadOnlyList<BuiltInDataType> BuiltIns = [Textstring, Textarea, RichText, DatePicker, Checkbox, Label, MultipleMediaPicker];

    public static readonly IReadOnlyList<DataTypeDefinition> DataTypes =
    [
        new(new Guid("5a1c0d01-6f2b-4d2e-9a10-000000000001"), EditorAliases.DocumentNumber, "政务公开 - 发文字号"),
        new(new Guid("5a1c0d01-6f2b-4d2e-9a10-000000000002"), EditorAliases.Topic, "政务公开 - 主题分类"),
        new(new Guid("5a1c0d01-6f2b-4d2e-9a10-000000000003"), EditorAliases.Genre, "政务公开 - 文种"),
        new(new Guid("5a1c0d01-6f2b-4d2e-9a10-000000000004"), EditorAliases.PolicyCategory, "政务公开 - 文件类别"),
        new(new Guid("5a1c0d01-6f2b-4d2e-9a10-000000000005"), EditorAliases.Disclosure, "政务公开 - 公开属性"),
        new(new Guid("5a1c0d01-6f2b-4d2e-9a10-000000000006"), EditorAliases.Validity, "政务公开 - 有效性"),
        new(new Guid("5a1c0d01-6f2b-4d2e-9a10-000000000007"), EditorAliases.InterpretationLink, "政务公开 - 解读关联"),
        new(new Guid("5a1c0d01-6f2b-4d2e-9a10-000000000008"), EditorAliases.InterpretationForm, "政务公开 - 解读形式"),
        new(new Guid("5a1c0d01-6f2b-4d2e-9a10-000000000009"), EditorAliases.FeeCategory, "政务公开 - 收费类别"),
        new(new Guid("5a1c0d01-6f2b-4d2e-9a10-00000000000a"), EditorAliases.FeeStandard, "政务公开 - 收费标准"),
        new(new Guid("5a1c0d01-6f2b-4d2e-9a10-00000000000b"), EditorAliases.MeetingAgenda, "政务公开 - 会议议题"),
        new(new Guid("5a1c0d01-6f2b-4d2e-9a10-00000000000c"), EditorAliases.GraphicImages, "政务公开 - 图解"),
        new(new Guid("5a1c0d01-6f2b-4d2e-9a10-00000000000d"), EditorAliases.QuestionsAndAnswers, "政务公开 - 问答"),
        new(new Guid("5a1c0d01-6f2b-4d2e-9a10-00000000000e"), EditorAliases.StandardCatalogue, "政务公开 - 基层政务公开标准目录"),
        new(new Guid("5a1c0d01-6f2b-4d2e-9a10-00000000000f"), EditorAliases.DecisionCatalogue, "政务公开 - 重大行政决策事项目录"),
    ];

    public static Guid DataTypeKey(string editorAlias) => DataTypes.Single(d => d.EditorAlias == editorAlias).Key;

    public static readonly IReadOnlyList<PropertyGroupDefinition> Groups =
    [
        new("meta", "元数据"), new("content", "正文"), new("disclosure", "公开属性"), new("validity", "有效性"), new("interpretation", "解读"),
    ];

    private static PropertyDefinition P(string alias, string name, BuiltInDataType dataType, string group = "content", bool mandatory = false, string? description = null) =>
        new(alias, name, dataType.Key, group, mandatory, description);

    private static PropertyDefinition Gov(string alias, string name, string editor, string group = "meta", bool mandatory = false, string? description = null) =>
        new(alias, name, DataTypeKey(editor), group, mandatory, description);

    private static readonly PropertyDefinition PublishedDate = P(PropertyAliases.PublishedDate, "发布日期", DatePicker, "meta");
    private static readonly PropertyDefinition DisclosureProperty = Gov(PropertyAliases.Disclosure, "公开属性", EditorAliases.Disclosure, "disclosure", true, "依申请公开、不予公开须填写法律依据和理由；此类文件不能发布到公开页面");
    private static readonly PropertyDefinition Body = P(PropertyAliases.Body, "正文", RichText);
    private static readonly PropertyDefinition Attachments = P(PropertyAliases.Attachments, "附件", MultipleMediaPicker, "content",
        description: "从媒体库选择附件（PDF、OFD、Word、WPS、Excel 等）；页面显示名称、格式和大小。不公开的文件的附件不会被下载");
    private static readonly PropertyDefinition PersonalInformationReason = P(PropertyAliases.PersonalInformationReason, "个人信息依法公开的理由", Textarea, "disclosure",
        description: "标题、正文或附件含有身份证号、手机号、银行卡号、个人住址时，公开前须删除或遮盖；确属依法可以公开的（如经本人书面同意），在此注明理由，否则不能发布");
    private static readonly PropertyDefinition Summary = P(PropertyAliases.Summary, "栏目说明", Textarea);

    public static readonly IReadOnlyList<DocumentTypeDefinition> DocumentTypes =
    [
        new(new Guid("5a1c0d02-6f2b-4d2e-9a10-000000000001"), ContentTypes.DisclosureRoot, "政府信息公开", "icon-library", true, false,
            [ContentTypes.PolicyFolder, ContentTypes.MeetingColumn, ContentTypes.FeeColumn, ContentTypes.Guide, ContentTypes.AnnualReport, ContentTypes.Page, ContentTypes.ConsultationColumn],
            [Summary]),
        new(new Guid("5a1c0d02-6f2b-4d2e-9a10-000000000002"), ContentTypes.PolicyFolder, "政策文件栏目", "icon-folder", false, true,
            [ContentTypes.PolicyDocument, ContentTypes.PolicyInterpretation, ContentTypes.PolicyFolder],
            [Summary]),
        new(new Guid("5a1c0d02-6f2b-4d2e-9a10-000000000003"), ContentTypes.PolicyDocument, "政策文件", "icon-document", false, false, [],
        [
            Gov(PropertyAliases.DocumentNumber, "发文字号", EditorAliases.DocumentNumber, description: "例如：京政办发〔2017〕12号；通知、意见、决定等文种发布时必填"),
            P(PropertyAliases.IndexNumber, "索引号", Textstring, "meta"),
            Gov(PropertyAliases.Topic, "主题分类", EditorAliases.Topic, mandatory: true),
            P(PropertyAliases.Issuers, "发文机关", Textarea, "meta", true, "每行一个；联合发文时第一行为主办机关"),
            P(PropertyAliases.SignedDate, "成文日期", DatePicker, "meta", true),
            PublishedDate,
            Gov(PropertyAliases.Genre, "文种", EditorAliases.Genre),
            Gov(PropertyAliases.Category, "文件类别", EditorAliases.PolicyCategory, description: "行政规范性文件须注明有效期"),
            P(PropertyAliases.RegistrationNumber, "登记编号", Textstring, "meta"),
            Body,
            Attachments,
            DisclosureProperty,
            PersonalInformationReason,
            Gov(PropertyAliases.Validity, "有效性", EditorAliases.Validity, "validity"),
            P(PropertyAliases.PendingValidityChanges, "待确认的效力变更", Label, "validity", description: "由系统根据新文件中的废止、修订条款记录，请编辑确认"),
            P(PropertyAliases.RequiresInterpretation, "需要解读", Checkbox, "interpretation"),
            P(PropertyAliases.NoInterpretationReason, "无需解读的理由", Textarea, "interpretation"),
            P(PropertyAliases.InterpretationStatus, "解读状态", Label, "interpretation", description: "由系统维护：已解读 / 待解读 / 逾期"),
        ]),
        new(new Guid("5a1c0d02-6f2b-4d2e-9a10-000000000004"), ContentTypes.PolicyInterpretation, "政策解读", "icon-chat", false, false, [],
        [
            Gov(PropertyAliases.InterpretationOf, "解读的政策文件", EditorAliases.InterpretationLink, "meta", true),
            Gov(PropertyAliases.Form, "解读形式", EditorAliases.InterpretationForm, mandatory: true),
            P(PropertyAliases.Interpreter, "解读机关", Textstring, "meta"),
            PublishedDate,
            Body,
            Gov(PropertyAliases.Images, "图解", EditorAliases.GraphicImages, "content", description: "每张图片须填写替代文字（概括要点，供读屏软件朗读）；内容较多的图解请填写详细说明"),
            Gov(PropertyAliases.QuestionsAndAnswers, "问答", EditorAliases.QuestionsAndAnswers, "content"),
            P(PropertyAliases.VideoUrl, "视频地址", Textstring, "content", description: "媒体库中视频的地址（/media/…）或 https 地址"),
            P(PropertyAliases.VideoTranscript, "视频文字稿", Textarea, "content", description: "视频解读必填：视频的完整文字稿，供听障人士和无法播放视频的读者阅读"),
            Attachments,
            DisclosureProperty,
            PersonalInformationReason,
        ]),
        new(new Guid("5a1c0d02-6f2b-4d2e-9a10-000000000005"), ContentTypes.MeetingColumn, "会议公开栏目", "icon-users", false, true, [ContentTypes.Meeting], [Summary], Modules.Meetings),
        new(new Guid("5a1c0d02-6f2b-4d2e-9a10-000000000006"), ContentTypes.Meeting, "会议", "icon-calendar", false, false, [],
        [
            P(PropertyAliases.Series, "会议类别", Textstring, "meta", true, "例如：常务会议、主任办公会"),
            P(PropertyAliases.Number, "届次", Textstring, "meta"),
            P(PropertyAliases.MeetingDate, "会议日期", DatePicker, "meta", true),
            P(PropertyAliases.Host, "主持人", Textstring, "meta"),
            P(PropertyAliases.Attendees, "出席和列席", Textarea, "meta"),
            P(PropertyAliases.Location, "地点", Textstring, "meta"),
            Gov(PropertyAliases.Agenda, "议题和决定事项", EditorAliases.MeetingAgenda, "content"),
            Attachments,
            PublishedDate,
            DisclosureProperty,
            PersonalInformationReason,
        ], Modules.Meetings),
        new(new Guid("5a1c0d02-6f2b-4d2e-9a10-000000000007"), ContentTypes.FeeColumn, "价格收费栏目", "icon-coins", false, true, [ContentTypes.FeeItem], [Summary], Modules.Fees),
        new(new Guid("5a1c0d02-6f2b-4d2e-9a10-000000000008"), ContentTypes.FeeItem, "收费项目", "icon-coin", false, false, [],
        [
            Gov(PropertyAliases.FeeCategory, "收费类别", EditorAliases.FeeCategory, mandatory: true),
            P(PropertyAliases.Collector, "收费主体", Textstring, "meta", true),
            P(PropertyAliases.Payer, "收费对象", Textstring, "meta"),
            Gov(PropertyAliases.Standards, "收费标准", EditorAliases.FeeStandard, "content", true),
            P(PropertyAliases.Note, "备注", Textarea, "content"),
            Attachments,
            PublishedDate,
            DisclosureProperty,
            PersonalInformationReason,
        ], Modules.Fees),
        new(new Guid("5a1c0d02-6f2b-4d2e-9a10-000000000009"), ContentTypes.Guide, "政府信息公开指南", "icon-book", false, false, [], [Body, PublishedDate, PersonalInformationReason]),
        new(new Guid("5a1c0d02-6f2b-4d2e-9a10-00000000000a"), ContentTypes.AnnualReport, "政府信息公开年度报告", "icon-chart", false, false, [],
            [
                P(PropertyAliases.Year, "报告年度", Textstring, "meta", true),
                P(PropertyAliases.LicensingCount, "行政许可本年处理决定数量", Textstring, "meta", description: "第二十条第（五）项，填整数"),
                P(PropertyAliases.PenaltyCount, "行政处罚本年处理决定数量", Textstring, "meta", description: "第二十条第（六）项，填整数"),
                P(PropertyAliases.EnforcementCount, "行政强制本年处理决定数量", Textstring, "meta", description: "第二十条第（六）项，填整数"),
                P(PropertyAliases.FeeAmount, "行政事业性收费本年收费金额（万元）", Textstring, "meta", description: "第二十条第（八）项，单位万元，可有小数"),
                P(PropertyAliases.Overview, "一、总体情况", RichText, "content", description: "可用 {{part3.new}} 等引用表格中的数字（见编辑指南）"),
                P(PropertyAliases.Problems, "五、存在的主要问题及改进情况", RichText, "content"),
                P(PropertyAliases.OtherMatters, "六、其他需要报告的事项", RichText, "content", description: "包括本年度收取信息处理费的情况"),
                P(PropertyAliases.ReportTables, "报告表格（系统生成）", Label, "content", description: "二、三、四部分的表格由系统根据政策文件、依申请公开登记和上面填写的数字生成"),
                P(PropertyAliases.CheckExplanation, "表格校验未通过的说明", Textarea, "content", description: "表格未通过校验时，须说明原因后才能发布"),
                Body,
                PublishedDate,
                PersonalInformationReason,
            ]),
        new(new Guid("5a1c0d02-6f2b-4d2e-9a10-00000000000b"), ContentTypes.Page, "政务公开页面", "icon-article", false, false, [ContentTypes.AnnualReport, ContentTypes.Page],
            [
                Body,
                PersonalInformationReason,
                P(PropertyAliases.CatalogueCategory, "法定主动公开内容类别", Textstring, "meta", description: "作为“法定主动公开内容”下的栏目时填写类别代码（regulations、functions、plans、statistics、licensing、penalties、budgets、fees、procurement、projects、livelihood、emergencies、inspections、recruitment、other）"),
                P(PropertyAliases.LinkedColumn, "内容所在栏目", Textstring, "meta", description: "内容在其他栏目时填写其地址，如 /xxgk/zcwj/；不填则为本页下的内容"),
                P(PropertyAliases.UpdateIntervalDays, "更新周期（天）", Textstring, "meta", description: "超过此天数未更新即提示；不填按检查指标（6个月或1年）"),
                Gov(PropertyAliases.StandardCatalogue, "基层政务公开标准目录", EditorAliases.StandardCatalogue, "content",
                    description: "本机关的标准目录：每项填写公开事项、内容、依据、时限、主体、对象、方式和渠道；页面以标准表格显示"),
                Gov(PropertyAliases.DecisionCatalogue, "重大行政决策事项目录", EditorAliases.DecisionCatalogue, "content",
                    description: "本年度的决策事项：每项填写事项、承办单位、计划完成时间和各环节完成日期（公众参与、专家论证、风险评估、合法性审查、集体讨论决定、公布、执行、后评估）；页面显示当前环节"),
            ]),
        new(new Guid("5a1c0d02-6f2b-4d2e-9a10-00000000000c"), ContentTypes.ConsultationColumn, "意见征集栏目", "icon-chat", false, true, [ContentTypes.Consultation], [Summary], Modules.Consultations),
        new(new Guid("5a1c0d02-6f2b-4d2e-9a10-00000000000d"), ContentTypes.Consultation, "意见征集", "icon-chat-active", false, false, [],
            [
                P(PropertyAliases.ConsultationKind, "征集类别", Textstring, "meta", true, "majorDecision 重大行政决策、rule 规章（不少于30日）；normative 行政规范性文件（不少于7个工作日）；other 其他"),
                P(PropertyAliases.Opens, "开始日期", DatePicker, "meta", true),
                P(PropertyAliases.Closes, "截止日期", DatePicker, "meta", true, "截止日当天仍接收意见；期限按类别计算，短于法定期限须填写理由"),
                P(PropertyAliases.ShortenedReason, "缩短期限的理由", Textarea, "meta", description: "期限短于法定期限时必填，在页面上公开"),
                P(PropertyAliases.NameRequired, "要求填写姓名", Checkbox, "meta"),
                P(PropertyAliases.Body, "征求意见稿", RichText),
                P(PropertyAliases.Explanation, "起草说明", RichText, "content"),
                Attachments,
                P(PropertyAliases.Feedback, "意见采纳情况", RichText, "content", description: "征集结束后公布：收到意见的数量、采纳和未采纳的情况及理由；数字可从意见登记中生成"),
                P(PropertyAliases.FeedbackDate, "采纳情况公布日期", DatePicker, "content"),
                P(PropertyAliases.FinalDocument, "正式文件地址", Textstring, "content", description: "正式印发的文件的地址，如 /xxgk/zcwj/…；页面互相链接"),
                PublishedDate,
                PersonalInformationReason,
            ], Modules.Consultations),
    ];
}
