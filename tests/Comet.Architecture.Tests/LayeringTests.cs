using System.Reflection;
using NetArchTest.Rules;

namespace Comet.Architecture.Tests;

/// <summary>
/// Fails when a stage uses a sibling stage that <see cref="StageLayering"/> does not allow: by its types'
/// dependencies (NetArchTest) and by the assemblies it was compiled against.
/// </summary>
public class LayeringTests
{
    public static TheoryData<string> Stages => [.. StageLayering.Stages];

    [Theory]
    [MemberData(nameof(Stages))]
    public void Stage_TypesDependOnlyOnTheStagesItMayUse(string stage)
    {
        var forbidden = Forbidden(stage);
        if (forbidden.Length == 0)
        {
            return;
        }

        var result = Types.InAssembly(Assembly.Load(stage)).ShouldNot().HaveDependencyOnAny(forbidden).GetResult();

        Assert.True(result.IsSuccessful, $"{stage} may use only {Describe(stage)}, but these types use {string.Join(" or ", forbidden)}: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Theory]
    [MemberData(nameof(Stages))]
    public void Stage_IsCompiledAgainstOnlyTheStagesItMayUse(string stage)
    {
        var referenced = Assembly.Load(stage).GetReferencedAssemblies().Select(a => a.Name!).Where(StageLayering.MayUse.ContainsKey);

        var extra = referenced.Except(StageLayering.MayUse[stage]).ToArray();
        Assert.True(extra.Length == 0, $"{stage} is compiled against {string.Join(", ", extra)}, but may use only {Describe(stage)}");
    }

    [Fact]
    public void Rule_ForbiddingAReferenceTheCodeHas_Fails()
    {
        // The check is live: the pipeline does use Reporting, so forbidding it must fail.
        var result = Types.InAssembly(Assembly.Load(StageLayering.Pipeline)).ShouldNot().HaveDependencyOn(StageLayering.Reporting).GetResult();

        Assert.False(result.IsSuccessful);
    }

    // Every other stage's namespace, except those allowed. A namespace prefix also covers its children
    // (Comet.Measures covers Comet.Measures.Embeddings), so a stage's own namespace is never listed.
    private static string[] Forbidden(string stage) =>
        [.. StageLayering.Stages.Where(other => other != stage && !StageLayering.MayUse[stage].Contains(other) && !stage.StartsWith(other + ".", StringComparison.Ordinal))];

    private static string Describe(string stage) => StageLayering.MayUse[stage] is { Length: > 0 } allowed ? string.Join(", ", allowed) : "nothing of Comet";
}
