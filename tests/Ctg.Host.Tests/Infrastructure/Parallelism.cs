using Ctg.Host.Tests.Governance;
using Xunit.Abstractions;
using Xunit.Sdk;

// xunit starts as many test collections at once as it has threads (one per core by default, two on the CI
// machine), and a collection keeps its place while it waits: for the installed template being built, for the
// setup command's own process, for a platform starting. Four places keep both cores busy through those waits.
[assembly: CollectionBehavior(MaxParallelThreads = 4)]
[assembly: TestCollectionOrderer("Ctg.Host.Tests.Infrastructure.LongestFirst", "Ctg.Host.Tests")]

namespace Ctg.Host.Tests.Infrastructure;

/// <summary>
/// Starts the longest test collections first (tests sharing a platform run one after another), so that the run
/// does not end on one long collection started last while the other places sit idle. Only the order changes;
/// the others keep xunit's order.
/// </summary>
public sealed class LongestFirst : ITestCollectionOrderer
{
    private static readonly string[] Longest =
    [
        Methodology.PlansCollection.Name,
        Methodology.FichesCollection.Name,
        nameof(SetupCommandTests),
        AnnuaireSteps.Collection,
        HostAccessCollection.Name,
        // Not among the first four: while the installed template is built (the plans and fiches wait for it),
        // the demonstration's own start-up would take the second core from it.
        nameof(DemoTests),
        SeanceTestData.Collection,
        Methodology.DashboardCollection.Name,
        Methodology.MethodologyAloneCollection.Name,
    ];

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections.OrderBy(Rank).ToList();

    /// <summary>A named collection by its name; a class's own collection ("Test collection for Ns.Class") by its class.</summary>
    private static int Rank(ITestCollection collection)
    {
        var name = collection.DisplayName;
        for (var i = 0; i < Longest.Length; i++)
        {
            if (name == Longest[i] || name.EndsWith("." + Longest[i], StringComparison.Ordinal))
            {
                return i;
            }
        }
        return Longest.Length;
    }
}
