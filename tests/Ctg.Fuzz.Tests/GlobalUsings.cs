global using System.Net;
global using Ctg.Host.Tests.Infrastructure;
global using Xunit;

// One platform per target, two targets at a time on the CI machine's two cores.
[assembly: CollectionBehavior(MaxParallelThreads = 2)]
