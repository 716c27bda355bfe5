using Xunit.Abstractions;
using Xunit.Sdk;

namespace Comet.Server.Tests.Support;

/// <summary>
/// A fact of a test contract that runs on several storage backends (a base class with one subclass per
/// backend). In a class marked <see cref="IPostgresTests"/> it is skipped, with the reason, when no
/// PostgreSQL server is configured (<see cref="TestPostgres"/>).
/// </summary>
[XunitTestCaseDiscoverer("Comet.Server.Tests.Support.BackendFactDiscoverer", "Comet.Server.Tests")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class BackendFactAttribute : FactAttribute;

/// <summary>The theory counterpart of <see cref="BackendFactAttribute"/>.</summary>
[XunitTestCaseDiscoverer("Comet.Server.Tests.Support.BackendTheoryDiscoverer", "Comet.Server.Tests")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class BackendTheoryAttribute : TheoryAttribute;

public sealed class BackendFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        BackendSkip.Reason(testMethod) is not null
            ? [new BackendSkippedTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod)]
            : base.Discover(discoveryOptions, testMethod, factAttribute);
}

public sealed class BackendTheoryDiscoverer(IMessageSink diagnosticMessageSink) : TheoryDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute) =>
        BackendSkip.Reason(testMethod) is not null
            ? [new BackendSkippedTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod)]
            : base.Discover(discoveryOptions, testMethod, theoryAttribute);
}

/// <summary>One skipped test case for a backend that is not there; the reason is worked out again after deserialisation.</summary>
public sealed class BackendSkippedTestCase : XunitTestCase
{
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public BackendSkippedTestCase()
    {
    }

    public BackendSkippedTestCase(IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod testMethod)
        : base(sink, display, options, testMethod)
    {
    }

    protected override string GetSkipReason(IAttributeInfo factAttribute) => BackendSkip.Reason(TestMethod) ?? base.GetSkipReason(factAttribute);
}

internal static class BackendSkip
{
    public static string? Reason(ITestMethod method) =>
        typeof(IPostgresTests).IsAssignableFrom(method.TestClass.Class.ToRuntimeType()) && !TestPostgres.IsAvailable ? TestPostgres.SkipReason : null;
}
