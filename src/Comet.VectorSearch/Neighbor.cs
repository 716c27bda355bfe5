namespace Comet.VectorSearch;

/// <summary>One corpus row found for a query: its row index and its dot-product score.</summary>
public readonly record struct Neighbor(int Index, float Score);
