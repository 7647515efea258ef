namespace GovOpen.Core.Content;

/// <summary>
/// Aliases of the GovOpen property editors: the server's data editors and the client's property editor UIs
/// (<c>Gov.PropertyEditorUi.*</c>) are paired by these, and the client gets a generated copy.
/// </summary>
public static class EditorAliases
{
    public const string DocumentNumber = "Gov.DocumentNumber";
    public const string Topic = "Gov.Topic";
    public const string Genre = "Gov.Genre";
    public const string PolicyCategory = "Gov.PolicyCategory";
    public const string Disclosure = "Gov.Disclosure";
    public const string Validity = "Gov.Validity";
    public const string InterpretationLink = "Gov.InterpretationLink";
    public const string InterpretationForm = "Gov.InterpretationForm";
    public const string FeeCategory = "Gov.FeeCategory";
    public const string FeeStandard = "Gov.FeeStandard";
    public const string MeetingAgenda = "Gov.MeetingAgenda";
    public const string GraphicImages = "Gov.GraphicImages";
    public const string QuestionsAndAnswers = "Gov.QuestionsAndAnswers";
    public const string StandardCatalogue = "Gov.StandardCatalogue";
    public const string DecisionCatalogue = "Gov.DecisionCatalogue";

    public static IReadOnlyList<string> All { get; } =
        [DocumentNumber, Topic, Genre, PolicyCategory, Disclosure, Validity, InterpretationLink, InterpretationForm, FeeCategory, FeeStandard, MeetingAgenda, GraphicImages, QuestionsAndAnswers, StandardCatalogue, DecisionCatalogue];

    /// <summary>The client UI alias paired with a server editor alias.</summary>
    public static string UiAlias(string editorAlias) => "Gov.PropertyEditorUi." + editorAlias["Gov.".Length..];
}
