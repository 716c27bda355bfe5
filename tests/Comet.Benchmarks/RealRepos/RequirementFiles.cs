using System.Text;

namespace Comet.Benchmarks.RealRepos;

/// <summary>Writes one text file per requirement, named by its id, as a user would give comet a folder of requirements.</summary>
internal static class RequirementFiles
{
    public const string Extension = ".txt";

    public static void Write(IReadOnlyList<Requirement> requirements, string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var requirement in requirements)
        {
            if (requirement.Id.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || requirement.Id.StartsWith('.'))
            {
                throw new InvalidOperationException($"requirement id '{requirement.Id}' cannot be a file name");
            }

            File.WriteAllText(Path.Combine(folder, requirement.Id + Extension), requirement.Text + "\n", new UTF8Encoding(false));
        }
    }
}
