using System.Text.Json.Nodes;
using GovOpen.Core.Content.Codecs;
using GovOpen.Core.Disclosure;
using GovOpen.Core.Documents;
using GovOpen.Core.Fees;
using GovOpen.Core.Interpretations;
using GovOpen.Core.Meetings;
using GovOpen.Core.Text;
using A = GovOpen.Core.Content.PropertyAliases;

namespace GovOpen.Core.Content;

/// <summary>
/// Reads items into domain records and writes domain records back into items, one property at a time through the
/// codecs in <see cref="Codecs"/>. Works on any <see cref="IContentValues"/>: a content-package item, or an Umbraco
/// document's published values. Each bad value is reported as an <see cref="Issue"/> naming the item and field,
/// and the field is left empty; nothing here decides what is public (that is <see cref="PublicSurface"/>).
/// </summary>
public static class ContentMapper
{
    /// <summary>
    /// An item marked <c>"draft"</c> (e.g. by <c>govopen import</c>): never public. Fails closed: any value other than
    /// an explicit false (<c>false</c>, <c>0</c>, <c>"false"</c>, <c>"0"</c>) or null counts as a draft.
    /// </summary>
    public static bool IsDraft(IContentValues item) => item.Get(A.Draft) is { } node && ScalarCodecs.ReadBool(node) != false;

    /// <summary>
    /// 发布日期: the stored date, else the creation date — its day in China Standard Time (the instant's own offset can
    /// be UTC, as Umbraco 17 keeps system dates: created at 07:00 in Beijing is the day before in UTC); a draft has
    /// none, so it is never public. An unparsable date falls back to the creation date after being reported.
    /// </summary>
    public static DateOnly? PublishedDate(IContentValues item, ReadContext ctx) =>
        IsDraft(item) ? null : ScalarCodecs.ReadDate(item.Get(A.PublishedDate), A.PublishedDate, ctx) ?? CreationDay(item.CreateDate);

    private static readonly TimeZoneInfo ChinaStandardTime = Time.AgencyClock.FindZone(Time.AgencyClock.DefaultTimeZoneId);

    /// <summary>The day of a creation instant in China Standard Time.</summary>
    public static DateOnly CreationDay(DateTimeOffset created) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(created, ChinaStandardTime).DateTime);

    /// <summary>What the public gate needs of any item, including pages and columns that have no domain record.</summary>
    public static ItemPublication Publication(IContentValues item, ReadContext ctx) =>
        new(DisclosureCodec.Read(item.Get(A.Disclosure), ctx), PublishedDate(item, ctx));

    public static PolicyDocument ToPolicy(IContentValues item, List<Issue> issues)
    {
        var ctx = new ReadContext(item.Id, issues);
        var genreText = item.Get(A.Genre);
        return new PolicyDocument
        {
            Id = item.Id,
            Title = item.Name,
            DocumentNumber = ScalarCodecs.ReadText(item.Get(A.DocumentNumber)),
            IndexNumber = ScalarCodecs.ReadText(item.Get(A.IndexNumber)),
            Topic = ScalarCodecs.ReadText(item.Get(A.Topic)),
            Issuers = ScalarCodecs.ReadTextList(item.Get(A.Issuers)),
            SignedDate = ScalarCodecs.ReadDate(item.Get(A.SignedDate), A.SignedDate, ctx),
            PublishedDate = PublishedDate(item, ctx),
            RegistrationNumber = ScalarCodecs.ReadText(item.Get(A.RegistrationNumber)),
            Body = ScalarCodecs.ReadRichText(item.Get(A.Body)),
            NoInterpretationReason = ScalarCodecs.ReadText(item.Get(A.NoInterpretationReason)),
            RequiresInterpretation = ScalarCodecs.ReadBool(item.Get(A.RequiresInterpretation)),
            Genre = ScalarCodecs.ReadText(genreText) is null
                ? DocumentGenres.FromTitle(item.Name)
                : VocabularyCodec.Read(DocumentGenres.Vocabulary, genreText, A.Genre, ctx) ?? DocumentGenre.Other,
            Category = PolicyCategories.Vocabulary.TryParse(ScalarCodecs.ReadText(item.Get(A.Category)), out var category) ? category : PolicyCategory.Other,
            Disclosure = DisclosureCodec.Read(item.Get(A.Disclosure), ctx),
            Validity = ValidityCodec.Read(item.Get(A.Validity), ctx),
            Attachments = AttachmentsCodec.Read(item.Get(A.Attachments)),
        };
    }

    public static Interpretation ToInterpretation(IContentValues item, List<Issue> issues)
    {
        var ctx = new ReadContext(item.Id, issues);
        return new Interpretation
        {
            Id = item.Id,
            Title = item.Name,
            PolicyIds = ScalarCodecs.ReadIds(item.Get(A.InterpretationOf)),
            PublishedDate = PublishedDate(item, ctx),
            Interpreter = ScalarCodecs.ReadText(item.Get(A.Interpreter)),
            Disclosure = DisclosureCodec.Read(item.Get(A.Disclosure), ctx),
            Form = VocabularyCodec.Read(InterpretationForms.Vocabulary, item.Get(A.Form), A.Form, ctx) ?? InterpretationForm.Text,
            Images = InterpretationContentCodec.ReadImages(item.Get(A.Images)),
            QuestionsAndAnswers = InterpretationContentCodec.ReadQuestions(item.Get(A.QuestionsAndAnswers)),
            VideoUrl = ScalarCodecs.ReadText(item.Get(A.VideoUrl)),
            VideoTranscript = ScalarCodecs.ReadText(item.Get(A.VideoTranscript)),
            Attachments = AttachmentsCodec.Read(item.Get(A.Attachments)),
        };
    }

    public static Meeting ToMeeting(IContentValues item, List<Issue> issues)
    {
        var ctx = new ReadContext(item.Id, issues);
        return new Meeting
        {
            Id = item.Id,
            Name = item.Name,
            Series = ScalarCodecs.ReadText(item.Get(A.Series)),
            Number = ScalarCodecs.ReadPositiveInt(item.Get(A.Number)),
            Date = ScalarCodecs.ReadDate(item.Get(A.MeetingDate), A.MeetingDate, ctx),
            Host = ScalarCodecs.ReadText(item.Get(A.Host)),
            Attendees = ScalarCodecs.ReadText(item.Get(A.Attendees)),
            Location = ScalarCodecs.ReadText(item.Get(A.Location)),
            PublishedDate = PublishedDate(item, ctx),
            Disclosure = DisclosureCodec.Read(item.Get(A.Disclosure), ctx),
            Items = AgendaCodec.Read(item.Get(A.Agenda)),
        };
    }

    public static FeeItem ToFee(IContentValues item, List<Issue> issues)
    {
        var ctx = new ReadContext(item.Id, issues);
        return new FeeItem
        {
            Id = item.Id,
            Name = item.Name,
            Collector = ScalarCodecs.ReadText(item.Get(A.Collector)),
            Payer = ScalarCodecs.ReadText(item.Get(A.Payer)),
            Note = ScalarCodecs.ReadText(item.Get(A.Note)),
            PublishedDate = PublishedDate(item, ctx),
            Disclosure = DisclosureCodec.Read(item.Get(A.Disclosure), ctx),
            Category = VocabularyCodec.Read(FeeCategories.Vocabulary, item.Get(A.FeeCategory), A.FeeCategory, ctx) ?? FeeCategory.AdministrativeFee,
            Standards = FeeStandardsCodec.Read(item.Get(A.Standards), ctx),
        };
    }

    /// <summary>The body as plain text (for search).</summary>
    public static string PlainBody(IContentValues item) => HtmlText.ToPlainText(ScalarCodecs.ReadRichText(item.Get(A.Body)));

    /// <summary>The body markup (string or Delivery API rich-text object).</summary>
    public static string Body(IContentValues item) => ScalarCodecs.ReadRichText(item.Get(A.Body));

    // ---- writing -------------------------------------------------------------------------

    /// <summary>The properties of a policy document as a content item.</summary>
    public static ContentItem FromPolicy(PolicyDocument d, ContentRoute route, DateTimeOffset created, string? parentId = null)
    {
        var props = new JsonObject
        {
            [A.DocumentNumber] = d.ParsedNumber?.Normalized ?? d.DocumentNumber,
            [A.IndexNumber] = d.IndexNumber,
            [A.Topic] = d.Topic,
            [A.Issuers] = ScalarCodecs.WriteTextList(d.Issuers),
            [A.SignedDate] = ScalarCodecs.WriteDate(d.SignedDate),
            [A.PublishedDate] = ScalarCodecs.WriteDate(d.PublishedDate),
            [A.Genre] = d.Genre.Name(),
            [A.Category] = d.Category.Alias(),
            [A.Disclosure] = DisclosureCodec.Write(d.Disclosure),
            [A.Body] = ScalarCodecs.WriteRichText(d.Body),
        };
        if (d.RegistrationNumber is not null)
        {
            props[A.RegistrationNumber] = d.RegistrationNumber;
        }
        if (d.RequiresInterpretation is { } ri)
        {
            props[A.RequiresInterpretation] = ri;
            props[A.NoInterpretationReason] = d.NoInterpretationReason;
        }
        if (d.Validity.IsRecorded)
        {
            props[A.Validity] = ValidityCodec.Write(d.Validity);
        }
        if (d.Attachments.Count > 0)
        {
            props[A.Attachments] = AttachmentsCodec.Write(d.Attachments);
        }
        return new ContentItem
        {
            Id = d.Id,
            ContentType = ContentTypes.PolicyDocument,
            Name = d.Title,
            CreateDate = created,
            UpdateDate = created,
            Route = route,
            Properties = props,
            ParentId = parentId,
        };
    }
}
