using Lucene.Net.Index;
using Lucene.Net.Queries.Function;
using Lucene.Net.Queries.Function.DocValues;

namespace GovOpen.Search;

/// <summary>
/// The 有效性 weight of each document (<see cref="Fields.ValidityWeight"/>, per mille) as a function value, for
/// <see cref="Lucene.Net.Queries.Function.BoostedQuery"/>: relevance × weight. A document indexed before the field
/// existed, or without it, weighs 1.
/// </summary>
internal sealed class ValidityWeightSource : ValueSource
{
    public override FunctionValues GetValues(System.Collections.IDictionary context, AtomicReaderContext readerContext)
    {
        var values = readerContext.AtomicReader.GetNumericDocValues(Fields.ValidityWeight);
        return new Weights(this, values);
    }

    private sealed class Weights(ValueSource source, NumericDocValues? values) : SingleDocValues(source)
    {
        public override float SingleVal(int doc)
        {
            var v = values?.Get(doc) ?? 0;
            return v <= 0 ? 1f : v / 1000f;
        }
    }

    public override string GetDescription() => "validity_weight";

    public override bool Equals(object? o) => o is ValidityWeightSource;

    public override int GetHashCode() => typeof(ValidityWeightSource).GetHashCode();
}
