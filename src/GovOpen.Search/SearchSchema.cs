using System.Globalization;
using GovOpen.Core;
using GovOpen.Core.Disclosure;
using GovOpen.Core.Documents;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace GovOpen.Search;

// The field names and both directions of the mapping live together in this file, so a field is added in one place.
// The names keep their own type, Fields, which the benchmark harness (bench/GovOpen.Bench) also uses.

/// <summary>Field names of the index; <see cref="SearchSchema"/> writes and reads them.</summary>
internal static class Fields
{
    public const string Id = "id";
    public const string Type = "type";
    public const string Title = "title";
    public const string TitleUnigram = "title_uni";
    public const string Body = "body";

    /// <summary>The body as stored for snippets (<see cref="PackedText"/>); the indexed <see cref="Body"/> is not stored.</summary>
    public const string BodyPacked = "body_lz4";
    public const string DocNum = "docnum";
    public const string DocNumRaw = "docnum_raw";
    public const string Issuer = "issuer";
    public const string Topic = "topic";
    public const string TopicTop = "topic_top";
    public const string Genre = "genre";
    public const string Year = "year";
    public const string Validity = "validity";
    public const string Disclosure = "disclosure";
    public const string Published = "published";

    /// <summary>Per-mille ranking weight of the document's 有效性 (Core's <see cref="GovOpen.Core.Validity.ValidityRanking"/>).</summary>
    public const string ValidityWeight = "validity_weight";

    /// <summary>The title folded as the analyzer folds text and without any punctuation or space: an exact-title key.</summary>
    public const string TitleKey = "title_key";
    public const string Signed = "signed";
    public const string Route = "route";
    public const string PolicyIds = "policy_id";
    public const string PolicyTitles = "policy_title";
    public const string IndexNumber = "indexno";
    public const string DvPrefix = "dv_";
}

/// <summary>
/// The index schema in both directions: <see cref="ToLucene"/> writes a <see cref="SearchDocument"/> as a Lucene
/// document, <see cref="ToHit"/> reads a stored Lucene document back as a <see cref="SearchHit"/>.
/// </summary>
internal static class SearchSchema
{
    /// <summary>
    /// Changes whenever fields or analysis change; an index on disk built with another version is rebuilt from its
    /// source at open (2: punctuation bridging, script folding, title key, 有效性 weight; 3: the body stored packed;
    /// 4: traditional characters folded by OpenCC's table, about 2,900 instead of 386; rich text read as the lines a
    /// browser shows, table cells apart).
    /// </summary>
    public const string Version = "4";

    /// <summary>
    /// The exact-title key of a title or a query: folded (width, case, traditional → simplified) with every character
    /// that is not a letter or digit removed, so 关于做好政务公开工作的通知 typed with or without 《》 or spaces is the same key.
    /// </summary>
    public static string TitleKeyOf(string? title) =>
        title is null ? "" : new string(Highlighter.Fold(title).Where(char.IsLetterOrDigit).ToArray());

    /// <summary>The Lucene document for <paramref name="s"/>; the body is cut at <paramref name="maxBodyLength"/> characters.</summary>
    public static Document ToLucene(SearchDocument s, int maxBodyLength)
    {
        if (string.IsNullOrWhiteSpace(s.Id))
        {
            throw new GovOpenException(Issue.Error("id", "required", "索引文档缺少id", "A search document needs an id."));
        }
        var d = new Document
        {
            KeywordField.Stored(Fields.Id, s.Id),
            KeywordField.Stored(Fields.Type, s.ContentType),
            new SortedDocValuesField(Fields.DvPrefix + Fields.Type, new BytesRef(s.ContentType)),
            new TextField(Fields.Title, s.Title, Field.Store.YES),
            new TextField(Fields.TitleUnigram, s.Title, Field.Store.NO),
            KeywordField.Stored(Fields.Disclosure, s.Disclosure.Alias()),
        };
        var body = s.Body.Length > maxBodyLength ? s.Body[..maxBodyLength] : s.Body;
        if (body.Length > 0)
        {
            d.Add(new TextField(Fields.Body, body, Field.Store.NO));
            d.Add(new StoredField(Fields.BodyPacked, PackedText.Pack(body)));
        }
        if (!string.IsNullOrWhiteSpace(s.DocumentNumber))
        {
            var n = DocumentNumberParser.Parse(s.DocumentNumber);
            d.Add(KeywordField.Stored(Fields.DocNum, n.Value?.Normalized ?? s.DocumentNumber.Trim()));
            if (n.Value is { } number && number.CanonicalKey != number.Normalized)
            {
                // The identity it is matched on: every written form of a decree finds it (国令 / 国务院令 / 中华人民共和国国务院令).
                d.Add(KeywordField.NotStored(Fields.DocNum, number.CanonicalKey));
            }
            d.Add(new StoredField(Fields.DocNumRaw, s.DocumentNumber));
        }
        if (s.IndexNumber is { Length: > 0 } ino)
        {
            d.Add(KeywordField.Stored(Fields.IndexNumber, ino));
        }
        // The 发文机关 facet and filter list organs only (Core's IssuerNames): a signatory's post or a company entered as
        // an issuer stays on the document but never becomes a facet value.
        foreach (var issuer in s.Issuers.Where(GovOpen.Core.Documents.IssuerNames.IsOrgan).Select(i => i.Trim()).Distinct())
        {
            d.Add(KeywordField.Stored(Fields.Issuer, issuer));
            d.Add(new SortedSetDocValuesField(Fields.DvPrefix + Fields.Issuer, new BytesRef(issuer)));
        }
        if (s.Topic is { Length: > 0 } topic)
        {
            var normalized = TopicTaxonomy.Normalize(topic);
            var top = TopicTaxonomy.TopLevel(normalized);
            d.Add(KeywordField.Stored(Fields.Topic, normalized));
            d.Add(KeywordField.NotStored(Fields.TopicTop, top));
            d.Add(new SortedDocValuesField(Fields.DvPrefix + Fields.TopicTop, new BytesRef(top)));
        }
        AddKeyword(d, Fields.Genre, s.Genre);
        AddKeyword(d, Fields.Year, s.Year?.ToString(CultureInfo.InvariantCulture));
        AddKeyword(d, Fields.Validity, s.Validity);
        d.Add(new NumericDocValuesField(Fields.ValidityWeight, (long)Math.Round(GovOpen.Core.Validity.ValidityRanking.Weight(s.Validity) * 1000)));
        d.Add(KeywordField.NotStored(Fields.TitleKey, TitleKeyOf(s.Title)));
        if (s.PublishedDate is { } p)
        {
            d.Add(new NumericDocValuesField(Fields.Published, p.DayNumber));
            d.Add(new StoredField(Fields.Published, p.DayNumber));
        }
        else
        {
            d.Add(new NumericDocValuesField(Fields.Published, 0));
        }
        if (s.SignedDate is { } sd)
        {
            d.Add(new StoredField(Fields.Signed, sd.DayNumber));
        }
        if (s.Route is { } r)
        {
            d.Add(KeywordField.Stored(Fields.Route, r));
        }
        foreach (var pid in s.PolicyIds)
        {
            d.Add(KeywordField.Stored(Fields.PolicyIds, pid));
        }
        foreach (var pt in s.PolicyTitles)
        {
            d.Add(new StoredField(Fields.PolicyTitles, pt));
        }
        return d;
    }

    /// <summary>A stored, filterable and facetable keyword (nothing when blank).</summary>
    private static void AddKeyword(Document d, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }
        d.Add(KeywordField.Stored(field, value));
        d.Add(new SortedDocValuesField(Fields.DvPrefix + field, new BytesRef(value)));
    }

    /// <summary>
    /// The hit for a stored document: title and body are marked with <paramref name="highlightTerms"/>, and the hit
    /// is an exact 文号 match when it carries <paramref name="queryDocumentNumber"/> (the query read as a 文号).
    /// </summary>
    public static SearchHit ToHit(Document d, float score, IReadOnlyCollection<string> highlightTerms, string? queryDocumentNumber, bool snippet = true)
    {
        var title = d.Get(Fields.Title) ?? "";
        var docnum = d.Get(Fields.DocNum);
        var published = d.GetField(Fields.Published)?.GetInt32Value();
        var signed = d.GetField(Fields.Signed)?.GetInt32Value();
        return new SearchHit
        {
            Id = d.Get(Fields.Id),
            ContentType = d.Get(Fields.Type),
            Title = title,
            TitleHtml = Highlighter.Mark(title, highlightTerms),
            DocumentNumber = docnum,
            IndexNumber = d.Get(Fields.IndexNumber),
            Issuers = d.GetValues(Fields.Issuer),
            Topic = d.Get(Fields.Topic),
            Genre = d.Get(Fields.Genre),
            Year = int.TryParse(d.Get(Fields.Year), out var y) ? y : null,
            PublishedDate = published is { } p ? DateOnly.FromDayNumber(p) : null,
            SignedDate = signed is { } s ? DateOnly.FromDayNumber(s) : null,
            Validity = d.Get(Fields.Validity),
            Disclosure = d.Get(Fields.Disclosure),
            Route = d.Get(Fields.Route),
            PolicyIds = d.GetValues(Fields.PolicyIds),
            PolicyTitles = d.GetValues(Fields.PolicyTitles),
            Score = float.IsNaN(score) ? 0 : score,
            Snippet = snippet ? Highlighter.Snippet(PackedText.Unpack(d.GetBinaryValue(Fields.BodyPacked)), highlightTerms) : "",
            IsExactDocumentNumber = queryDocumentNumber is not null && docnum is not null && KeyOf(docnum) == KeyOf(queryDocumentNumber),
        };
    }

    /// <summary>The identity a 文号 is matched on (<see cref="DocumentNumber.CanonicalKey"/>), or the text when it does not parse.</summary>
    private static string KeyOf(string documentNumber) => DocumentNumberParser.Parse(documentNumber).Value?.CanonicalKey ?? documentNumber;
}
