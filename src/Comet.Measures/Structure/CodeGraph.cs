using Comet.Core.Artifacts;

namespace Comet.Measures.Structure;

/// <summary>
/// A light code graph over a set of artifacts (no compiler): file a is tied to file b when a imports or
/// includes b (or a name b declares), inherits from a type b declares, names a type b declares, or
/// calls a function b defines. Each tie adds its kind's weight (<see cref="ImportWeight"/> and so on)
/// divided by the number of files declaring the name, so a name every file defines ("toString",
/// "main") ties nothing much. The graph is undirected: w(a, b) = w(a -> b) + w(b -> a), a file a
/// requirement's files import is as much a collaborator as one that imports them. Artifacts that are
/// not code (<see cref="CodeFileKind"/>) have no edges.
/// </summary>
public sealed class CodeGraph
{
    /// <summary>An import or include names its file: the strongest tie, like inheritance.</summary>
    public const double ImportWeight = 1.0;

    public const double InheritanceWeight = 1.0;

    /// <summary>A type used in a field, parameter or expression.</summary>
    public const double TypeReferenceWeight = 0.5;

    /// <summary>A call by name: weakest, as short method names recur across unrelated classes.</summary>
    public const double CallWeight = 0.25;

    private readonly (int Neighbour, double Weight)[][] _neighbours;

    private CodeGraph((int, double)[][] neighbours, int codeFiles)
    {
        _neighbours = neighbours;
        CodeFiles = codeFiles;
    }

    /// <summary>Number of artifacts read as code.</summary>
    public int CodeFiles { get; }

    public int Count => _neighbours.Length;

    /// <summary>Undirected edges with a positive weight.</summary>
    public int EdgeCount => _neighbours.Sum(n => n.Length) / 2;

    /// <summary>The files tied to <paramref name="index"/> with their weights, by index.</summary>
    public IReadOnlyList<(int Neighbour, double Weight)> Neighbours(int index) => _neighbours[index];

    public static CodeGraph Build(IReadOnlyList<Artifact> artifacts)
    {
        ArgumentNullException.ThrowIfNull(artifacts);
        var facts = new CodeFacts[artifacts.Count];
        Parallel.For(0, artifacts.Count, i =>
        {
            var artifact = artifacts[i];
            var path = artifact.OriginPath ?? artifact.Id;
            facts[i] = CodeFileKind.IsCode(path, artifact.Text) || CodeFileKind.IsCode(artifact.Id, artifact.Text)
                ? CodeFactsReader.Read(path, artifact.Text)
                : CodeFacts.None;
        });
        return FromFacts(facts);
    }

    internal static CodeGraph FromFacts(IReadOnlyList<CodeFacts> facts)
    {
        var modulesAndTypes = Index(facts, f => f.Modules.Concat(f.DeclaredTypes));
        var types = Index(facts, f => f.DeclaredTypes);
        var functions = Index(facts, f => f.DeclaredFunctions);
        var weights = new Dictionary<(int, int), double>();
        for (var a = 0; a < facts.Count; a++)
        {
            Tie(weights, a, facts[a].Imports, modulesAndTypes, ImportWeight);
            Tie(weights, a, facts[a].Bases, types, InheritanceWeight);
            Tie(weights, a, facts[a].TypeReferences, types, TypeReferenceWeight);
            Tie(weights, a, facts[a].Calls, functions, CallWeight);
        }

        var lists = Enumerable.Range(0, facts.Count).Select(_ => new List<(int, double)>()).ToArray();
        foreach (var ((a, b), weight) in weights.OrderBy(e => e.Key.Item1).ThenBy(e => e.Key.Item2))
        {
            lists[a].Add((b, weight));
            lists[b].Add((a, weight));
        }

        var codeFiles = facts.Count(f => !ReferenceEquals(f, CodeFacts.None));
        return new CodeGraph([.. lists.Select(l => l.OrderBy(n => n.Item1).ToArray())], codeFiles);
    }

    /// <summary>Adds a's ties through <paramref name="names"/> to the files declaring them, keyed (low, high) so both directions sum.</summary>
    private static void Tie(Dictionary<(int, int), double> weights, int a, IReadOnlySet<string> names, Dictionary<string, List<int>> declared, double kindWeight)
    {
        foreach (var name in names)
        {
            if (!declared.TryGetValue(name, out var files))
            {
                continue;
            }

            var share = kindWeight / files.Count;
            foreach (var b in files.Where(b => b != a))
            {
                var key = a < b ? (a, b) : (b, a);
                weights[key] = weights.GetValueOrDefault(key) + share;
            }
        }
    }

    private static Dictionary<string, List<int>> Index(IReadOnlyList<CodeFacts> facts, Func<CodeFacts, IEnumerable<string>> names)
    {
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < facts.Count; i++)
        {
            foreach (var name in names(facts[i]).Distinct(StringComparer.Ordinal))
            {
                if (!index.TryGetValue(name, out var files))
                {
                    index[name] = files = [];
                }

                files.Add(i);
            }
        }

        return index;
    }
}
