using GovOpen.Core.Content;
using GovOpen.Core;
using GovOpen.Core.Disclosure;
using GovOpen.Core.Documents;
using GovOpen.Core.Interpretations;
using GovOpen.Umbraco.Composing;
using GovOpen.Umbraco.ContentModel;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Services;

namespace GovOpen.Umbraco.Notifications;

/// <summary>
/// Cancels publishing of a 政务公开 item that breaks a rule: a policy without the 发文字号 its 文种 requires, with
/// dates out of order or other invalid metadata; anything whose 公开属性 is not 主动公开 (publishing means a public
/// path); an interpretation pointing at a missing or non-public policy. The message is Chinese and names the field.
/// </summary>
public sealed class PublishingGuard(IContentService contentService, GovOpenSettings settings) : INotificationHandler<ContentPublishingNotification>
{
    public const string Category = "政务公开";

    public void Handle(ContentPublishingNotification notification)
    {
        foreach (var content in notification.PublishedEntities)
        {
            var issues = Check(content);
            var errors = issues.Where(i => i.Severity == Severity.Error).ToList();
            if (errors.Count > 0)
            {
                var text = $"《{content.Name}》不能发布：" + string.Join("；", errors.Select(e => $"{FieldLabel(e.Field)}：{e.Message}"));
                notification.CancelOperation(new EventMessage(Category, text, EventMessageType.Error));
                return;
            }
            foreach (var w in issues.Where(i => i.Severity == Severity.Warning))
            {
                notification.Messages.Add(new EventMessage(Category, $"{FieldLabel(w.Field)}：{w.Message}", EventMessageType.Warning));
            }
        }
    }

    internal IReadOnlyList<Issue> Check(global::Umbraco.Cms.Core.Models.IContent content)
    {
        var issues = new List<Issue>();
        switch (content.ContentType.Alias)
        {
            case ContentTypes.PolicyDocument:
                var policy = UmbracoContentAdapter.ToPolicy(content, ContentVersion.Edited, issues);
                // Without a configured 索引号 scheme index numbers are not checked (GovOpenSettings reports why).
                issues.AddRange(PolicyDocumentValidator.Validate(policy, new PolicyValidationOptions { Normative = settings.NormativePolicy, IndexNumberScheme = policy.IndexNumber is null ? null : settings.IndexNumberScheme }));
                AddDisclosureRule(policy.Disclosure, issues);
                break;
            case ContentTypes.PolicyInterpretation:
                var interp = UmbracoContentAdapter.ToInterpretation(content, ContentVersion.Edited, issues);
                issues.AddRange(InterpretationRules.ValidateLinks(interp, UmbracoContentAdapter.PolicyFinder(contentService.GetById)));
                AddDisclosureRule(interp.Disclosure, issues);
                break;
            case ContentTypes.Meeting:
                var meeting = UmbracoContentAdapter.ToMeeting(content, ContentVersion.Edited, issues);
                issues.AddRange(meeting.Validate());
                AddDisclosureRule(meeting.Disclosure, issues);
                break;
            case ContentTypes.FeeItem:
                var fee = UmbracoContentAdapter.ToFee(content, ContentVersion.Edited, issues);
                issues.AddRange(fee.Validate());
                AddDisclosureRule(fee.Disclosure, issues);
                break;
        }
        return issues.DistinctBy(i => (i.Field, i.Code, i.Message)).ToList();
    }

    private static void AddDisclosureRule(DisclosureDecision d, List<Issue> issues)
    {
        if (d.Attribute != DisclosureAttribute.Proactive)
        {
            issues.Add(Issue.Error(DisclosureDecision.Field, "not-public", $"公开属性为“{d.Attribute.Name()}”的内容不能发布到公开页面，请保存为草稿", $"Content whose disclosure is {d.Attribute.Alias()} cannot be published to a public path."));
        }
    }

    /// <summary>The Chinese label of a property alias for messages.</summary>
    public static string FieldLabel(string field) =>
        GovContentModel.DocumentTypes.SelectMany(d => d.Properties).FirstOrDefault(p => p.Alias == field)?.Name ?? field switch
        {
            "title" => "标题",
            "issuer" => "发文机关",
            "effectiveDate" => "施行日期",
            "validUntil" => "有效期",
            "validityBy" => "有效性依据文件",
            "feeStandard" or "feeUnit" or "feeAmount" or "feePeriod" or "feeBasis" => "收费标准",
            "meetingDate" => "会议日期",
            _ => field,
        };
}
