using Comet.Core.Artifacts;
using Comet.Loading.Projects;

namespace Comet.Loading.Tests.Projects;

/// <summary>The one table of code extensions, which the server's uploads read too.</summary>
public class ArtifactKindInferenceTests
{
    [Theory]
    [InlineData("src/Main.java", ArtifactKind.Source)]
    [InlineData("res/layout.XML", ArtifactKind.Source)]
    [InlineData("lib/util.cxx", ArtifactKind.Source)]
    [InlineData("docs/design.md", ArtifactKind.Design)]
    [InlineData("logo.png", ArtifactKind.Other)]
    public void Infer_TargetFolder_KindByExtension(string file, ArtifactKind kind) =>
        Assert.Equal(kind, ArtifactKindInference.Infer(ProjectFolderRole.Targets, file));

    [Fact]
    public void Infer_DocumentInSourcesFolder_IsRequirement() =>
        Assert.Equal(ArtifactKind.Requirement, ArtifactKindInference.Infer(ProjectFolderRole.Sources, "req/UC1.txt"));
}
