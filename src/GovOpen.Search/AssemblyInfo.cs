// GovOpen.Search: the Lucene.Net index is built under issue #4.
namespace GovOpen.Search;
