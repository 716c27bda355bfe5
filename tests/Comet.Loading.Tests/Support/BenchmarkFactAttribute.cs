namespace Comet.Loading.Tests.Support;

/// <summary>A test that reads the shared benchmark datasets; skipped with one clear line when they are absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BenchmarkFactAttribute : FactAttribute
{
    public BenchmarkFactAttribute() => Skip = TestData.MissingReason;
}

/// <summary>A theory over the shared benchmark datasets; skipped (its data never enumerated) when they are absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BenchmarkTheoryAttribute : TheoryAttribute
{
    public BenchmarkTheoryAttribute() => Skip = TestData.MissingReason;
}
