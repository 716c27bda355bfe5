using Comet.Core;
using Comet.Loading.Files.Walking;

namespace Comet.Loading.Projects;

/// <summary>
/// How each folder of a project is walked: the globs common to every folder, and a folder's own include
/// globs, which replace the common ones for that folder. Real repositories keep requirements beside the code
/// (LOBSTER's .trlc files among its .py files), so one set of globs for every folder cannot choose both:
/// <c>--sources lobster --sources-include '*.trlc' --targets lobster --targets-include '*.py'</c> can.
/// </summary>
public sealed record ProjectWalk
{
    /// <summary>The globs for every folder (--include, --exclude, .gitignore).</summary>
    public WalkOptions Common { get; init; } = WalkOptions.Default;

    /// <summary>A folder's own include globs (--sources-include ...); a folder without them takes the common ones.</summary>
    public IReadOnlyDictionary<ProjectFolderRole, IReadOnlyList<string>> FolderInclude { get; init; } = new Dictionary<ProjectFolderRole, IReadOnlyList<string>>();

    /// <summary>The option that sets a folder's own include globs, as users type it.</summary>
    public static string OptionName(ProjectFolderRole role) => $"--{role.ToString().ToLowerInvariant()}-include";

    /// <summary>How the folder of this role is walked.</summary>
    public WalkOptions For(ProjectFolderRole role) => HasOwnInclude(role) ? Common with { Include = FolderInclude[role] } : Common;

    /// <summary>Whether the include globs that apply to this folder are its own.</summary>
    public bool HasOwnInclude(ProjectFolderRole role) => FolderInclude.TryGetValue(role, out var own) && own.Count > 0;

    /// <summary>Fails with one line for a glob that cannot be used (blank, a comment, a "!" negation).</summary>
    public void Validate()
    {
        Common.Validate();
        foreach (var (role, globs) in FolderInclude)
        {
            foreach (var glob in globs.Where(g => GitIgnoreRule.Parse(g) is not { Negated: false }))
            {
                throw new CometInputException($"{OptionName(role)}: not a usable glob: '{glob}'");
            }
        }
    }
}
