using System.Text.Json.Nodes;
using GovOpen.Core;
using GovOpen.Core.Disclosure;

namespace GovOpen.Import;

/// <summary>Everything the extractor found; a field that is not in the document is null, never invented.</summary>
public sealed class ExtractionResult
{
    public required string FileName { get; init; }

    public Extracted<string>? Title { get; set; }

    /// <summary>The document's own 发文字号 from the header block (normalized).</summary>
    public Extracted<string>? DocumentNumber { get; set; }

    public Extracted<string>? IssuerMark { get; set; }

    public Extracted<IReadOnlyList<string>>? Issuers { get; set; }

    public Extracted<DateOnly>? SignedDate { get; set; }

    public Extracted<string>? MainRecipients { get; set; }

    public Extracted<string>? CopyTo { get; set; }

    public Extracted<IReadOnlyList<string>>? Attachments { get; set; }

    public Extracted<string>? PrintedBy { get; set; }

    public Extracted<DateOnly>? PrintedDate { get; set; }

    public Extracted<DisclosureAttribute>? Disclosure { get; set; }

    /// <summary>For a 印发 notice: the title of the document it issues.</summary>
    public Extracted<string>? AttachedTitle { get; set; }

    /// <summary>The signatory of a decree or an order (市长 张三), who signs in place of the agency's name.</summary>
    public Extracted<string>? Signatory { get; set; }

    /// <summary>A date given in brackets under the title, e.g. （2020年8月14日市人民政府第12次常务会议通过）.</summary>
    public Extracted<string>? TitleNote { get; set; }

    /// <summary>发文机关 of the carried document of a 转发/批转/印发 wrapper, when it signs itself (kept apart from the wrapper's).</summary>
    public Extracted<IReadOnlyList<string>>? CarriedIssuers { get; set; }

    /// <summary>The carried document's own date, when it has one.</summary>
    public Extracted<DateOnly>? CarriedSignedDate { get; set; }

    public List<BodyParagraph> Body { get; } = [];

    /// <summary>What the document decides about other documents (同时废止, 自…起废止, 停止执行, 修订…), in body order.</summary>
    public List<GovOpen.Core.Validity.AmendmentProposal> Decides { get; } = [];

    /// <summary>What the document says about its own force (自…起施行, 有效期…).</summary>
    public GovOpen.Core.Validity.EffectiveTerms Terms { get; set; } = new(null, false, null, null);

    /// <summary>The document's effective date: stated, or its 成文日期 when it takes effect on issue.</summary>
    public DateOnly? EffectiveDate => Terms.EffectiveOn(SignedDate?.Value);

    /// <summary>The document's last day of validity, when it states one (a date, or a number of years).</summary>
    public DateOnly? ValidUntil => Terms.ValidUntilFrom(EffectiveDate);

    /// <summary>Lines that are neither fields nor body (red-header ornaments, 份号, separators), kept as they were.</summary>
    public List<KeptNote> Notes { get; } = [];

    /// <summary>How much of the source text the result keeps (always all of it; the figure proves it).</summary>
    public TextAccount Account { get; set; } = new(0, 0);

    /// <summary>The source text of every field found, with the line it starts on.</summary>
    public IEnumerable<(int Line, string Source)> FieldSourceLines()
    {
        static (int, string)? Of<T>(Extracted<T>? e) => e is null ? null : (e.Line, e.Source);
        return new[]
        {
            Of(Title), Of(DocumentNumber), Of(IssuerMark), Of(Issuers), Of(SignedDate), Of(MainRecipients), Of(CopyTo),
            Of(Attachments), Of(PrintedBy), Of(PrintedDate), Of(Disclosure), Of(AttachedTitle), Of(TitleNote), Of(CarriedIssuers), Of(CarriedSignedDate), Of(Signatory),
        }.OfType<(int, string)>();
    }

    /// <summary>The source text of every field found.</summary>
    public IEnumerable<string> FieldSources() => FieldSourceLines().Select(f => f.Source);

    /// <summary>Everything the result holds as text: field sources, body paragraphs and kept notes.</summary>
    public IEnumerable<string> Texts() => FieldSources().Concat(Body.Select(b => b.Text)).Concat(Notes.Select(n => n.Text))
        .Concat(AttachmentTexts.SelectMany(a => a.Texts()));

    /// <summary>The full text of each attachment printed after the signature (附件1, its title, its paragraphs).</summary>
    public List<AttachmentText> AttachmentTexts { get; } = [];

    /// <summary>What the metadata block of a web page the text was copied from says (索引号, 发文机关, 成文日期…), label → value.</summary>
    public Dictionary<string, string> PageMetadata { get; } = new(StringComparer.Ordinal);

    public List<string> CitedNumbers { get; } = [];

    public List<string> CitedTitles { get; } = [];

    public List<Issue> Warnings { get; } = [];

    /// <summary>Names of the fields that were looked for and not found.</summary>
    public IReadOnlyList<string> Missing => new (string Name, object? Value)[]
    {
        ("title", Title), ("documentNumber", DocumentNumber), ("issuer", Issuers), ("signedDate", SignedDate),
        ("mainRecipients", MainRecipients), ("disclosure", Disclosure),
    }.Where(f => f.Value is null).Select(f => f.Name).ToList();

    public IReadOnlyList<string> Found => new (string Name, object? Value)[]
    {
        ("title", Title), ("documentNumber", DocumentNumber), ("issuer", Issuers), ("signedDate", SignedDate),
        ("mainRecipients", MainRecipients), ("copyTo", CopyTo), ("attachments", Attachments), ("printedBy", PrintedBy),
        ("printedDate", PrintedDate), ("disclosure", Disclosure), ("attachedTitle", AttachedTitle),
    }.Where(f => f.Value is not null).Select(f => f.Name).ToList();

    /// <summary>The JSON printed by <c>govopen extract</c>.</summary>
    public JsonObject ToJson()
    {
        static JsonNode? Conf<T>(Extracted<T>? e) => e is null ? null : new JsonObject { ["confidence"] = Math.Round(e.Confidence, 2), ["line"] = e.Line + 1, ["source"] = e.Source };
        var fields = new JsonObject();
        foreach (var (name, node) in new (string, JsonNode?)[]
        {
            ("title", Conf(Title)), ("documentNumber", Conf(DocumentNumber)), ("issuer", Conf(Issuers)), ("signedDate", Conf(SignedDate)),
            ("mainRecipients", Conf(MainRecipients)), ("copyTo", Conf(CopyTo)), ("attachments", Conf(Attachments)), ("printedBy", Conf(PrintedBy)),
            ("printedDate", Conf(PrintedDate)), ("disclosure", Conf(Disclosure)), ("attachedTitle", Conf(AttachedTitle)), ("signatory", Conf(Signatory)),
        })
        {
            if (node is not null)
            {
                fields[name] = node;
            }
        }
        return new JsonObject
        {
            ["file"] = FileName,
            ["title"] = Title?.Value,
            ["documentNumber"] = DocumentNumber?.Value,
            ["issuer"] = Issuers is null ? null : string.Join("、", Issuers.Value),
            ["issuers"] = Issuers is null ? null : new JsonArray(Issuers.Value.Select(i => (JsonNode)JsonValue.Create(i)!).ToArray()),
            ["signedDate"] = GovOpen.Core.Text.IsoDate.Format(SignedDate?.Value),
            ["mainRecipients"] = MainRecipients?.Value,
            ["disclosure"] = Disclosure?.Value.Name(),
            ["copyTo"] = CopyTo?.Value,
            ["printedBy"] = PrintedBy?.Value,
            ["printedDate"] = GovOpen.Core.Text.IsoDate.Format(PrintedDate?.Value),
            ["attachedTitle"] = AttachedTitle?.Value,
            ["titleNote"] = TitleNote?.Value,
            ["signatory"] = Signatory?.Value,
            ["carried"] = AttachedTitle is null ? null : new JsonObject
            {
                ["title"] = AttachedTitle.Value,
                ["issuers"] = CarriedIssuers is null ? null : new JsonArray(CarriedIssuers.Value.Select(i => (JsonNode)JsonValue.Create(i)!).ToArray()),
                ["signedDate"] = GovOpen.Core.Text.IsoDate.Format(CarriedSignedDate?.Value),
            },
            ["citedNumbers"] = new JsonArray(CitedNumbers.Select(n => (JsonNode)JsonValue.Create(n)!).ToArray()),
            ["citedTitles"] = new JsonArray(CitedTitles.Select(n => (JsonNode)JsonValue.Create(n)!).ToArray()),
            ["attachments"] = new JsonArray((Attachments?.Value ?? []).Select(n => (JsonNode)JsonValue.Create(n)!).ToArray()),
            ["warnings"] = new JsonArray(Warnings.Select(w => (JsonNode)JsonValue.Create(w.Message)!).ToArray()),
            ["missing"] = new JsonArray(Missing.Select(m => (JsonNode)JsonValue.Create(m)!).ToArray()),
            ["fields"] = fields,
            ["body"] = new JsonArray(Body.Select(b => (JsonNode)new JsonObject { ["level"] = b.Level, ["text"] = b.Text }).ToArray()),
            ["notes"] = new JsonArray(Notes.Select(n => (JsonNode)JsonValue.Create(n.Text)!).ToArray()),
            ["pageMetadata"] = PageMetadata.Count == 0 ? null : new JsonObject(PageMetadata.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)JsonValue.Create(kv.Value)))),
            ["attachmentTexts"] = new JsonArray(AttachmentTexts.Select(a => (JsonNode)new JsonObject
            {
                ["label"] = a.Label,
                ["title"] = a.Title,
                ["body"] = new JsonArray(a.Paragraphs.Select(b => (JsonNode)new JsonObject { ["level"] = b.Level, ["text"] = b.Text }).ToArray()),
            }).ToArray()),
            ["effectiveDate"] = GovOpen.Core.Text.IsoDate.Format(EffectiveDate),
            ["validUntil"] = GovOpen.Core.Text.IsoDate.Format(ValidUntil),
            ["decides"] = new JsonArray(Decides.Select(d => (JsonNode)new JsonObject
            {
                ["kind"] = GovOpen.Core.Validity.ValidityNames.Alias(d.EventKind),
                ["documentNumber"] = d.TargetDocumentNumber,
                ["title"] = d.TargetTitle,
                ["date"] = GovOpen.Core.Text.IsoDate.Format(d.EffectiveDate ?? EffectiveDate),
                ["sentence"] = d.Sentence,
            }).ToArray()),
            ["kept"] = new JsonObject { ["sourceCharacters"] = Account.SourceCharacters, ["keptCharacters"] = Account.KeptCharacters, ["percent"] = Account.KeptPercent },
        };
    }
}
