namespace Ctg.Host.Tests.Methodology;

/// <summary>
/// An installed platform for Methodology tests, where each account signs in once (see
/// <see cref="InstalledPlatform.SignedInAsync"/>): hashing the password on every sign-in cost more than most
/// of the tests.
/// </summary>
public class MethodologyPlatform : InstalledPlatform;

/// <summary>
/// The platform shared by the Methodology tests about fiches (writing, following up, listing, importing,
/// orientations, what other modules hear). Its tests run one after another: none counts rows it did not
/// write, and before/after counts are taken within one test.
/// </summary>
[CollectionDefinition(Name)]
public sealed class FichesCollection : ICollectionFixture<MethodologyPlatform>
{
    public const string Name = "Méthodologie : fiches";
}

/// <summary>
/// The platform shared by the Methodology tests about plans (their pages, exports, notes, the follow-up
/// pages under load) and demandes d'appui; as for <see cref="FichesCollection"/>, each test reads its own rows.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PlansCollection : ICollectionFixture<MethodologyPlatform>
{
    public const string Name = "Méthodologie : plans";
}

/// <summary>
/// Governance, Evaluation and Dispositifs switched off: what Methodology does without each of the modules it
/// can use, on one platform.
/// </summary>
public sealed class MethodologyAlone : MethodologyPlatform
{
    protected override PlatformOptions Options => new() { DisabledModules = [Ctg.Sdk.ModuleIds.Governance, Ctg.Sdk.ModuleIds.Evaluation, Ctg.Sdk.ModuleIds.Dispositifs] };
}

[CollectionDefinition(Name)]
public sealed class MethodologyAloneCollection : ICollectionFixture<MethodologyAlone>
{
    public const string Name = "Méthodologie sans les autres modules";
}
