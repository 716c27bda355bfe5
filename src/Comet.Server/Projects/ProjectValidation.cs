using System.Text.RegularExpressions;
using Comet.Pipeline.Measuring;
using Comet.Preprocessing;
using Comet.Server.Scoring;
using Comet.Server.Validation;

namespace Comet.Server.Projects;

/// <summary>Checks project ids and settings; every problem is reported with the field it belongs to.</summary>
internal static partial class ProjectValidation
{
    /// <summary>Lower-case letters, digits, '.', '_' and '-', starting with a letter or digit, at most 64 characters.</summary>
    public static bool IsValidId(string? id) => id is not null && IdPattern().IsMatch(id);

    public static ProjectSettings Merge(ProjectSettings current, ProjectSettingsRequest? request, ValidationErrors errors, string prefix)
    {
        if (request is null)
        {
            return current;
        }

        var merged = new ProjectSettings(
            request.Measures ?? current.Measures,
            request.Model ?? current.Model,
            request.Languages ?? current.Languages,
            request.Thresholds ?? current.Thresholds);
        Check(merged, errors, prefix);
        return merged;
    }

    private static void Check(ProjectSettings settings, ValidationErrors errors, string prefix)
    {
        if (settings.Measures.Count == 0)
        {
            errors.Add(prefix + "measures", "at least one measure is required");
        }

        // The names of the catalog every project pipeline builds; its embedding settings do not change them.
        var known = PipelineMeasures.Catalog().Names;
        for (var i = 0; i < settings.Measures.Count; i++)
        {
            if (!known.Contains(settings.Measures[i] ?? string.Empty, StringComparer.Ordinal))
            {
                errors.Add($"{prefix}measures[{i}]", $"unknown measure '{settings.Measures[i]}' (known: {string.Join(", ", known)})");
            }
        }

        if (settings.Measures.Distinct(StringComparer.Ordinal).Count() != settings.Measures.Count)
        {
            errors.Add(prefix + "measures", "a measure is named twice");
        }

        if (!LinkScorers.IsKnown(settings.Model ?? string.Empty))
        {
            errors.Add(prefix + "model", $"unknown model '{settings.Model}' (known: {string.Join(", ", LinkScorers.Names)})");
        }

        CheckLanguages(settings.Languages, errors, prefix + "languages");
        if (settings.Thresholds.Problem() is { } problem)
        {
            errors.Add(prefix + "thresholds", problem);
        }
    }

    public static void CheckLanguages(IReadOnlyList<string> languages, ValidationErrors errors, string field)
    {
        if (languages.Count == 0)
        {
            errors.Add(field, "at least one language is required");
        }

        for (var i = 0; i < languages.Count; i++)
        {
            if (!AnalysisOptions.SupportedLanguages.Contains(languages[i] ?? string.Empty))
            {
                errors.Add($"{field}[{i}]", $"unsupported language '{languages[i]}' (supported: {string.Join(", ", AnalysisOptions.SupportedLanguages)})");
            }
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
