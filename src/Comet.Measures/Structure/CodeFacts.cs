namespace Comet.Measures.Structure;

/// <summary>
/// What one code file says about itself and its collaborators, as lower-case names: the names it
/// declares (types, functions, its file stem, its package or namespace), and the names it reaches for,
/// by how strongly each kind ties two files: imports and includes, inheritance, types it uses, calls.
/// </summary>
internal sealed record CodeFacts(
    IReadOnlySet<string> DeclaredTypes,
    IReadOnlySet<string> DeclaredFunctions,
    IReadOnlySet<string> Modules,
    IReadOnlySet<string> Imports,
    IReadOnlySet<string> Bases,
    IReadOnlySet<string> TypeReferences,
    IReadOnlySet<string> Calls)
{
    public static readonly CodeFacts None = new(
        Empty(), Empty(), Empty(), Empty(), Empty(), Empty(), Empty());

    private static HashSet<string> Empty() => new(StringComparer.Ordinal);
}
