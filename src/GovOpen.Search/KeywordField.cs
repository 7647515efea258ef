using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;

namespace GovOpen.Search;

/// <summary>
/// A keyword (one untokenized term), indexed exactly as Lucene's <see cref="StringField"/> — same field type, same
/// term — but without a new token stream for every field of every document. Lucene's Field makes one per field instance
/// (its attributes are looked up under a process-wide lock), so with two indexing threads and a dozen keywords per
/// document that lock was contended on every document (docs/benchmarks.md, "Indexing throughput"). The token stream
/// here is one per thread: the inverter consumes a field's stream to its end before it asks for the next one.
/// </summary>
internal sealed class KeywordField : Field
{
    [ThreadStatic]
    private static SingleTokenStream? _stream;

    private KeywordField(string name, string value, FieldType type) : base(name, value, type)
    {
    }

    public static KeywordField Stored(string name, string value) => new(name, value, StringField.TYPE_STORED);

    public static KeywordField NotStored(string name, string value) => new(name, value, StringField.TYPE_NOT_STORED);

    public override TokenStream GetTokenStream(Analyzer analyzer)
    {
        var stream = _stream ??= new SingleTokenStream();
        stream.SetValue(GetStringValue());
        return stream;
    }

    /// <summary>One token, the whole value, with its offsets (what Lucene's own keyword stream gives).</summary>
    private sealed class SingleTokenStream : TokenStream
    {
        private readonly ICharTermAttribute _term;
        private readonly IOffsetAttribute _offset;
        private string _value = "";
        private bool _used = true;

        public SingleTokenStream()
        {
            _term = AddAttribute<ICharTermAttribute>();
            _offset = AddAttribute<IOffsetAttribute>();
        }

        public void SetValue(string value) => _value = value;

        public override bool IncrementToken()
        {
            if (_used)
            {
                return false;
            }
            ClearAttributes();
            _term.Append(_value);
            _offset.SetOffset(0, _value.Length);
            _used = true;
            return true;
        }

        public override void End()
        {
            base.End();
            _offset.SetOffset(_value.Length, _value.Length);
        }

        public override void Reset()
        {
            base.Reset();
            _used = false;
        }
    }
}
