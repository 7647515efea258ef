namespace GovOpen.Search;

/// <summary>Which index: the public one holds only what may appear on a public surface; the editorial one holds drafts too.</summary>
public enum SearchIndexKind
{
    Public,
    Editorial,
}
