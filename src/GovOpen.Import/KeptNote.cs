namespace GovOpen.Import;

/// <summary>A line of the source that is neither a field nor body text (a red-header ornament, 份号, a separator), kept as it was.</summary>
public sealed record KeptNote(string Text, int Line);
