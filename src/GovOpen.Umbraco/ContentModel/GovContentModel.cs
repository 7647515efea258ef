using GovOpen.Core.Content;
using Umbraco.Cms.Core;

namespace GovOpen.Umbraco.ContentModel;

/// <summary>The whole content model of docs/content-model.md, as data.</summary>
public static class GovContentModel
{
    // Built-in data types of a fresh Umbraco install, referenced by key.
    public static readonly Guid Textstring = Constants.DataTypes.Guids.TextstringGuid;
    public static readonly Guid Textarea = Constants.DataTypes.Guids.TextareaGuid;
    public static readonly Guid RichText = Constants.DataTypes.Guids.RichtextEditorGuid;
    public static readonly Guid DatePicker = Constants.DataTypes.Guids.DatePickerGuid;
    public static readonly Guid Checkbox = Constants.DataTypes.Guids.CheckboxGuid;

    public static readonly IReadOnlyList<GovDataTypeDefinition> DataTypes =
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
    ];

    public static Guid DataTypeKey(string editorAlias) => DataTypes.Single(d => d.EditorAlias == editorAlias).Key;

    private static GovPropertyDefinition P(string alias, string name, Guid dataType, string group = "content", bool mandatory = false, string? description = null) =>
        new(alias, name, dataType, group, mandatory, description);

    private static GovPropertyDefinition Gov(string alias, string name, string editor, string group = "meta", bool mandatory = false, string? description = null) =>
        new(alias, name, DataTypeKey(editor), group, mandatory, description);

    public static readonly IReadOnlyList<(string Alias, string Name)> Groups =
    [
        ("meta", "元数据"), ("content", "正文"), ("disclosure", "公开属性"), ("validity", "有效性"), ("interpretation", "解读"),
    ];

    private static readonly GovPropertyDefinition PublishedDate = P("publishedDate", "发布日期", DatePicker, "meta");
    private static readonly GovPropertyDefinition DisclosureProperty = Gov("disclosure", "公开属性", EditorAliases.Disclosure, "disclosure", true, "依申请公开、不予公开须填写法律依据和理由；此类文件不能发布到公开页面");
    private static readonly GovPropertyDefinition Body = P("body", "正文", RichText);
    private static readonly GovPropertyDefinition Summary = P("summary", "栏目说明", Textarea);

    public static readonly IReadOnlyList<GovDocumentTypeDefinition> DocumentTypes =
    [
        new(new Guid("5a1c0d02-6f2b-4d2e-9a10-000000000001"), ContentTypes.DisclosureRoot, "政府信息公开", "icon-library", true, false,
            [ContentTypes.PolicyFolder, ContentTypes.MeetingColumn, ContentTypes.FeeColumn, ContentTypes.Guide, ContentTypes.AnnualReport, ContentTypes.Page],
            [Summary]),
        new(new Guid("5a1c0d02-6f2b-4d2e-9a10-000000000002"), ContentTypes.PolicyFolder, "政策文件栏目", "icon-folder", false, true,
            [ContentTypes.PolicyDocument, ContentTypes.PolicyInterpretation, ContentTypes.PolicyFolder],
            [Summary]),
        new(new Guid("5a1c0d02-6f2b-4d2e-9a10-000000000003"), ContentTypes.PolicyDocument, "政策文件", "icon-document", false, false, [],
        [
            Gov("documentNumber", "发文字号", EditorAliases.DocumentNumber, description: "例如：京政办发〔2017〕12号；通知、意见、决定等文种发布时必填"),
            P("indexNumber", "索引号", Textstring, "meta"),
            Gov("topic", "主题分类", EditorAliases.Topic, mandatory: true),
            P("issuers", "发文机关", Textarea, "meta", true, "每行一个；联合发文时第一行为主办机关"),
            P("signedDate", "成文日期", DatePicker, "meta", true),
            PublishedDate,
            Gov("genre", "文种", EditorAliases.Genre),
            Gov("category", "文件类别", EditorAliases.PolicyCategory, description: "行政规范性文件须注明有效期"),
            P("registrationNumber", "登记编号", Textstring, "meta"),
            Body,
            DisclosureProperty,
            Gov("validity", "有效性", EditorAliases.Validity, "validity"),
            P("pendingValidityChanges", "待确认的效力变更", Textarea, "validity", description: "由系统根据新文件中的废止、修订条款记录，请编辑确认"),
            P("requiresInterpretation", "需要解读", Checkbox, "interpretation"),
            P("noInterpretationReason", "无需解读的理由", Textarea, "interpretation"),
            P("interpretationStatus", "解读状态", Textstring, "interpretation", description: "由系统维护：已解读 / 待解读 / 逾期"),
        ]),
        new(new Guid("5a1c0d02-6f2b-4d2e-9a10-000000000004"), ContentTypes.PolicyInterpretation, "政策解读", "icon-chat", false, false, [],
        [
            Gov("interpretationOf", "解读的政策文件", EditorAliases.InterpretationLink, "meta", true),
            Gov("form", "解读形式", EditorAliases.InterpretationForm, mandatory: true),
            P("interpreter", "解读机关", Textstring, "meta"),
            PublishedDate,
            Body,
            DisclosureProperty,
        ]),
        new(new Guid("5a1c0d02-6f2b-4d2e-9a10-000000000005"), ContentTypes.MeetingColumn, "会议公开栏目", "icon-users", false, true, [ContentTypes.Meeting], [Summary], "Meetings"),
        new(new Guid("5a1c0d02-6f2b-4d2e-9a10-000000000006"), ContentTypes.Meeting, "会议", "icon-calendar", false, false, [],
        [
            P("series", "会议类别", Textstring, "meta", true, "例如：常务会议、主任办公会"),
            P("number", "届次", Textstring, "meta"),
            P("meetingDate", "会议日期", DatePicker, "meta", true),
            P("host", "主持人", Textstring, "meta"),
            P("attendees", "出席和列席", Textarea, "meta"),
            P("location", "地点", Textstring, "meta"),
            Gov("agenda", "议题和决定事项", EditorAliases.MeetingAgenda, "content"),
            PublishedDate,
            DisclosureProperty,
        ], "Meetings"),
        new(new Guid("5a1c0d02-6f2b-4d2e-9a10-000000000007"), ContentTypes.FeeColumn, "价格收费栏目", "icon-coins", false, true, [ContentTypes.FeeItem], [Summary], "Fees"),
        new(new Guid("5a1c0d02-6f2b-4d2e-9a10-000000000008"), ContentTypes.FeeItem, "收费项目", "icon-coin", false, false, [],
        [
            Gov("feeCategory", "收费类别", EditorAliases.FeeCategory, mandatory: true),
            P("collector", "收费主体", Textstring, "meta", true),
            P("payer", "收费对象", Textstring, "meta"),
            Gov("standards", "收费标准", EditorAliases.FeeStandard, "content", true),
            P("note", "备注", Textarea, "content"),
            PublishedDate,
            DisclosureProperty,
        ], "Fees"),
        new(new Guid("5a1c0d02-6f2b-4d2e-9a10-000000000009"), ContentTypes.Guide, "政府信息公开指南", "icon-book", false, false, [], [Body, PublishedDate]),
        new(new Guid("5a1c0d02-6f2b-4d2e-9a10-00000000000a"), ContentTypes.AnnualReport, "政府信息公开年度报告", "icon-chart", false, false, [],
            [P("year", "报告年度", Textstring, "meta", true), Body, PublishedDate]),
        new(new Guid("5a1c0d02-6f2b-4d2e-9a10-00000000000b"), ContentTypes.Page, "政务公开页面", "icon-article", false, false, [ContentTypes.AnnualReport, ContentTypes.Page], [Body]),
    ];
}
