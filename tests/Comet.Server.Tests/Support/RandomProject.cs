using System.Globalization;
using Comet.Core.Artifacts;
using Comet.Server.Artifacts;
using Comet.Server.Persistence;
using Comet.Server.Projects;

namespace Comet.Server.Tests.Support;

/// <summary>
/// A project of seeded random texts written straight into a database: every (source, target) pair
/// becomes a stored link, so a run's store stage has a known size (sources x targets rows).
/// </summary>
internal static class RandomProject
{
    /// <summary>Creates the project (when it does not exist yet) and one version of random artifacts S0.., T0...</summary>
    public static void Create(Database database, string projectId, int sources, int targets, int seed, int firstId = 0)
    {
        var clock = TimeProvider.System;
        var projects = new ProjectStore(database, clock);
        if (projects.Find(projectId) is null)
        {
            projects.Create(projectId, projectId, ProjectSettings.Default);
        }

        var random = new Random(seed);
        var words = Enumerable.Range(0, 3000).Select(i => "term" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        NewArtifact Artifact(ArtifactRole role, string id)
        {
            var text = string.Join(' ', Enumerable.Range(0, 40).Select(_ => words[random.Next(words.Length)]));
            return new NewArtifact(role, id, role == ArtifactRole.Source ? ArtifactKind.Requirement : ArtifactKind.Source, "en", null, text, ContentHash.Of(text));
        }

        new VersionWriter(database, clock).CreateVersion(projectId,
        [
            .. Enumerable.Range(firstId, sources).Select(i => Artifact(ArtifactRole.Source, $"S{i}")),
            .. Enumerable.Range(firstId, targets).Select(i => Artifact(ArtifactRole.Target, $"T{i}")),
        ]);
    }
}
