using GovOpen.Core.Vocabularies;

namespace GovOpen.Core.Interpretations;

/// <summary>Forms of 政策解读.</summary>
public enum InterpretationForm
{
    Text,      // 文字解读
    Graphic,   // 图解
    QA,        // 问答
    Video,     // 视频
    Interview, // 访谈 / 答记者问
}

/// <summary>The vocabulary of 解读形式.</summary>
public static class InterpretationForms
{
    public static Vocabulary<InterpretationForm> Vocabulary { get; } = new("interpretationForm", "form",
    [
        new(InterpretationForm.Text, "text", "文字解读", "Text") { Synonyms = ["文字"] },
        new(InterpretationForm.Graphic, "graphic", "图解", "Graphic"),
        new(InterpretationForm.QA, "qa", "问答", "Questions and answers"),
        new(InterpretationForm.Video, "video", "视频", "Video"),
        new(InterpretationForm.Interview, "interview", "访谈", "Interview"),
    ]);

    public static string Name(this InterpretationForm f) => Vocabulary.Name(f);

    public static string Alias(this InterpretationForm f) => Vocabulary.Alias(f);

    public static bool TryParse(string? value, out InterpretationForm form) => Vocabulary.TryParse(value, out form);
}
