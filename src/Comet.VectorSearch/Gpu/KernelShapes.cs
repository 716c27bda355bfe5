namespace Comet.VectorSearch.Gpu;

/// <summary>Sizes passed to the score kernels: a chunk of query rows against the whole corpus.</summary>
internal readonly record struct ScoreShape(int Rows, int Columns, int Dimensions);

/// <summary>Sizes passed to the selection kernels.</summary>
/// <param name="Rows">Query rows in the chunk.</param>
/// <param name="Columns">Scores per row (the corpus size) for the partial pass; candidates per row for the merge.</param>
/// <param name="K">Neighbours kept per row.</param>
/// <param name="OutputRowOffset">First output row of the chunk (merge pass only).</param>
internal readonly record struct SelectShape(int Rows, int Columns, int K, int OutputRowOffset);
