using Microsoft.AspNetCore.Http.HttpResults;

namespace Comet.Server.Validation;

/// <summary>Collects field errors of one request; becomes an RFC 7807 validation problem (400).</summary>
internal sealed class ValidationErrors
{
    // Enough to show what is wrong with a huge bad batch without answering with megabytes.
    private const int MaxErrors = 50;

    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);
    private int _count;

    public bool Any => _count > 0;

    public void Add(string field, string message)
    {
        if (_count++ >= MaxErrors)
        {
            return;
        }

        if (!_errors.TryGetValue(field, out var messages))
        {
            messages = [];
            _errors[field] = messages;
        }

        messages.Add(message);
    }

    /// <summary>Adds an error when <paramref name="condition"/> is false; returns the condition.</summary>
    public bool Require(bool condition, string field, string message)
    {
        if (!condition)
        {
            Add(field, message);
        }

        return condition;
    }

    /// <summary>The errors of a request about one pair: both of its ids are required.</summary>
    public static ValidationErrors ForPair(string? source, string? target)
    {
        var errors = new ValidationErrors();
        errors.Require(!string.IsNullOrEmpty(source), "source", "required");
        errors.Require(!string.IsNullOrEmpty(target), "target", "required");
        return errors;
    }

    public ValidationProblem ToProblem()
    {
        var detail = _count > MaxErrors ? $"{_count} errors; the first {MaxErrors} are listed." : null;
        return TypedResults.ValidationProblem(
            _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal),
            detail: detail,
            title: "The request has invalid fields.");
    }
}
