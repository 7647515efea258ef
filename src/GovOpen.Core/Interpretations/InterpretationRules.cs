using GovOpen.Core.Calendar;
using GovOpen.Core.Disclosure;
using GovOpen.Core.Documents;

namespace GovOpen.Core.Interpretations;

/// <summary>
/// Pairs policies and interpretations both ways and computes each policy's 解读 status against the
/// working-day deadline (commonly 3 working days; 0 = same day).
/// </summary>
public sealed class InterpretationRules(WorkCalendar calendar, int deadlineWorkingDays = 3)
{
    public const string Field = "interpretationOf";

    public int DeadlineWorkingDays { get; } = deadlineWorkingDays >= 0
        ? deadlineWorkingDays
        : throw new ArgumentOutOfRangeException(nameof(deadlineWorkingDays), "The deadline cannot be negative.");

    /// <summary>
    /// Checks the links of an interpretation: at least one policy, every target exists, and no target is
    /// non-public (an interpretation must never lead to a 依申请公开/不予公开 document).
    /// </summary>
    public static IReadOnlyList<Issue> ValidateLinks(Interpretation interpretation, Func<string, PolicyDocument?> findPolicy) =>
        ValidateLinks(interpretation.PolicyIds, findPolicy);

    /// <summary>The same check on the linked ids alone (as an editor's value holds them).</summary>
    public static IReadOnlyList<Issue> ValidateLinks(IReadOnlyList<string> policyIds, Func<string, PolicyDocument?> findPolicy)
    {
        var issues = new List<Issue>();
        if (policyIds.Count == 0)
        {
            issues.Add(Issue.Error(Field, "required", "政策解读必须关联至少一个政策文件", "An interpretation must link at least one policy."));
        }
        foreach (var id in policyIds.Distinct())
        {
            var policy = findPolicy(id);
            if (policy is null)
            {
                issues.Add(Issue.Error(Field, "not-found", $"关联的政策文件（{id}）不存在", $"The linked policy {id} does not exist."));
            }
            else if (policy.Disclosure.Attribute != DisclosureAttribute.Proactive)
            {
                issues.Add(Issue.Error(Field, "non-public-target", $"不能关联公开属性为“{policy.Disclosure.Attribute.Name()}”的文件《{policy.Title}》", $"Cannot link a policy whose disclosure is {policy.Disclosure.Attribute.Alias()}."));
            }
        }
        if (policyIds.Count != policyIds.Distinct().Count())
        {
            issues.Add(Issue.Warn(Field, "duplicate", "重复关联同一政策文件，已去重", "The same policy is linked twice; duplicates removed."));
        }
        return issues;
    }

    /// <summary>Longest alternative text accepted for one image (a longer explanation belongs in the long description).</summary>
    public const int MaxAltLength = 300;

    /// <summary>
    /// What an interpretation of its form must carry: a 图解 its images, each with alternative text; a 视频解读 its
    /// transcript (文字稿) and, normally, the video; a 问答 its question-and-answer pairs, none half empty.
    /// </summary>
    public static IReadOnlyList<Issue> ValidateContent(Interpretation interpretation)
    {
        var issues = new List<Issue>();
        issues.AddRange(ValidateImages(interpretation.Images));
        issues.AddRange(ValidateQuestions(interpretation.QuestionsAndAnswers));
        switch (interpretation.Form)
        {
            case InterpretationForm.Graphic when interpretation.Images.Count == 0:
                issues.Add(Issue.Error("images", "required", "图解须至少上传一张图片", "A graphic interpretation needs at least one image."));
                break;
            case InterpretationForm.QA when interpretation.QuestionsAndAnswers.Count == 0:
                issues.Add(Issue.Error("qa", "required", "问答形式的解读须至少有一组问答", "A Q&A interpretation needs at least one pair."));
                break;
            case InterpretationForm.Video:
                if (string.IsNullOrWhiteSpace(interpretation.VideoTranscript))
                {
                    issues.Add(Issue.Error("videoTranscript", "required", "视频解读须提供完整的文字稿（供听障人士和无法播放视频的读者阅读）", "A video interpretation needs its full transcript."));
                }
                if (string.IsNullOrWhiteSpace(interpretation.VideoUrl))
                {
                    issues.Add(Issue.Warn("videoUrl", "required", "视频解读尚未提供视频，页面只显示文字稿", "The video interpretation has no video; only the transcript is shown."));
                }
                break;
        }
        return issues;
    }

    /// <summary>Every 图解 image has a file and alternative text of a readable length (the 图解 editor's server validation).</summary>
    public static IReadOnlyList<Issue> ValidateImages(IReadOnlyList<GraphicImage> images)
    {
        var issues = new List<Issue>();
        for (var n = 0; n < images.Count; n++)
        {
            var image = images[n];
            if (string.IsNullOrWhiteSpace(image.Url) && string.IsNullOrWhiteSpace(image.MediaKey))
            {
                issues.Add(Issue.Error("images", "url-required", $"第{n + 1}张图解图片缺少图片", $"Image {n + 1} has no file."));
            }
            if (string.IsNullOrWhiteSpace(image.Alt))
            {
                issues.Add(Issue.Error("images", "alt-required", $"第{n + 1}张图解图片须填写替代文字（供读屏软件朗读，概括图片要点）", $"Image {n + 1} needs alternative text."));
            }
            else if (image.Alt.Trim().Length > MaxAltLength)
            {
                issues.Add(Issue.Warn("images", "alt-too-long", $"第{n + 1}张图解图片的替代文字超过{MaxAltLength}字，详细内容请写在“详细说明”中", $"The alternative text of image {n + 1} is longer than {MaxAltLength} characters; use the long description."));
            }
        }
        return issues;
    }

    /// <summary>Every 问答 pair has both a question and an answer (the 问答 editor's server validation).</summary>
    public static IReadOnlyList<Issue> ValidateQuestions(IReadOnlyList<QuestionAnswer> pairs)
    {
        var issues = new List<Issue>();
        for (var n = 0; n < pairs.Count; n++)
        {
            if (string.IsNullOrWhiteSpace(pairs[n].Question) || string.IsNullOrWhiteSpace(pairs[n].Answer))
            {
                issues.Add(Issue.Error("qa", "incomplete", $"第{n + 1}组问答须同时填写问题和回答", $"Question-and-answer pair {n + 1} needs both a question and an answer."));
            }
        }
        return issues;
    }

    /// <summary>policy id → its interpretations (the reverse direction of <see cref="Interpretation.PolicyIds"/>).</summary>
    public static ILookup<string, Interpretation> ByPolicy(IEnumerable<Interpretation> interpretations) =>
        interpretations.SelectMany(i => i.PolicyIds.Distinct().Select(p => (p, i))).ToLookup(x => x.p, x => x.i);

    /// <summary>The deadline for a policy published on a date.</summary>
    public DateOnly DeadlineFor(DateOnly policyPublished) => calendar.AddWorkingDays(policyPublished, DeadlineWorkingDays);

    /// <summary>Status of one policy on <paramref name="today"/>, from the interpretations that point at it.</summary>
    public InterpretationStatus StatusOf(PolicyDocument policy, IEnumerable<Interpretation> interpretationsOfPolicy, DateOnly today)
    {
        try
        {
            return StatusOn(calendar, policy, interpretationsOfPolicy, today);
        }
        catch (CalendarNotPublishedException e)
        {
            // The deadline reaches into a year whose arrangement is not published: from the statutory holidays, 暂定.
            try
            {
                return StatusOn(calendar.WithProvisionalYears(e.Year + 1), policy, interpretationsOfPolicy, today) with { Provisional = true };
            }
            catch (Exception x) when (x is CalendarNotPublishedException or ArgumentOutOfRangeException)
            {
                return new InterpretationStatus(InterpretationStatusKind.Unknown, Reason: e.Issue.Message);
            }
        }
    }

    private InterpretationStatus StatusOn(WorkCalendar calendar, PolicyDocument policy, IEnumerable<Interpretation> interpretationsOfPolicy, DateOnly today)
    {
        if (!PublicSurface.MayAppear(policy, today) || policy.PublishedDate is not { } published)
        {
            return new InterpretationStatus(InterpretationStatusKind.NotApplicable);
        }
        if (!policy.InterpretationExpected && !string.IsNullOrWhiteSpace(policy.NoInterpretationReason))
        {
            return new InterpretationStatus(InterpretationStatusKind.NotRequired, Reason: policy.NoInterpretationReason);
        }
        if (!policy.InterpretationExpected)
        {
            return new InterpretationStatus(InterpretationStatusKind.NotRequired, Reason: "非规章、规范性文件，未要求解读");
        }
        {
            var deadline = calendar.AddWorkingDays(published, DeadlineWorkingDays);
            var first = interpretationsOfPolicy
                .Where(i => i.PolicyIds.Contains(policy.Id) && PublicSurface.MayAppear(i, today))
                .Select(i => i.PublishedDate!.Value)
                .DefaultIfEmpty()
                .Min();
            if (first != default)
            {
                var lag = first <= published ? 0 : calendar.WorkingDaysBetween(published, first);
                return new InterpretationStatus(InterpretationStatusKind.Interpreted, Deadline: deadline, LagWorkingDays: lag, Late: lag > DeadlineWorkingDays);
            }
            if (today <= deadline)
            {
                return new InterpretationStatus(InterpretationStatusKind.Pending, Deadline: deadline, WorkingDaysLeft: calendar.WorkingDaysBetween(today, deadline));
            }
            return new InterpretationStatus(InterpretationStatusKind.Overdue, Deadline: deadline, OverdueWorkingDays: calendar.WorkingDaysBetween(deadline, today));
        }
    }
}
