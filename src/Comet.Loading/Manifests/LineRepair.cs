namespace Comet.Loading.Manifests;

/// <summary>Replace line <see cref="Line"/> (1-based) when it reads exactly <see cref="Expect"/>; reported as a warning either way.</summary>
internal sealed class LineRepair
{
    public required int Line { get; init; }

    public required string Expect { get; init; }

    public required string Replace { get; init; }
}
