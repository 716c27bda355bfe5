namespace Comet.Loading.Readers.Artifacts;

/// <summary>One parsed row of a delimited file and the line it starts on.</summary>
internal sealed record DelimitedRecord(IReadOnlyList<string> Fields, int Line)
{
    public bool IsBlank => Fields.All(string.IsNullOrWhiteSpace);

    /// <summary>The field at this index, or empty when the row is shorter.</summary>
    public string Field(int index) => index < Fields.Count ? Fields[index] : string.Empty;
}
