using Xunit.Abstractions;
using Xunit.Sdk;

namespace EcomBot.Knowledge.Tests.Indexing;

/// <summary>
/// A contract test: runs for every derived backend class, except that a class marked with
/// <see cref="RequiresEnvironmentVariableAttribute"/> is skipped, visibly, when that variable is not set.
/// </summary>
[XunitTestCaseDiscoverer("EcomBot.Knowledge.Tests.Indexing.ContractFactDiscoverer", "EcomBot.Knowledge.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class ContractFactAttribute : FactAttribute;

/// <summary>Names the environment variable (e.g. <c>QDRANT_URL</c>) a backend's test class needs.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresEnvironmentVariableAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}

public sealed class ContractFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var requirement = testMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresEnvironmentVariableAttribute)).FirstOrDefault();
        var variable = requirement?.GetConstructorArguments().FirstOrDefault() as string;
        if (variable is not null && string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(variable)))
        {
            return [new XunitSkippedDataRowTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(),
                discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, $"{variable} is not set: no Qdrant server to run the contract against")];
        }
        return base.Discover(discoveryOptions, testMethod, factAttribute);
    }
}

/// <summary>A single test that needs a Qdrant server: skipped with a visible reason unless <c>QDRANT_URL</c> is set.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class QdrantFactAttribute : FactAttribute
{
    public QdrantFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("QDRANT_URL")))
        {
            Skip = "QDRANT_URL is not set: no Qdrant server to test against";
        }
    }
}
