namespace Ctg.Host.Tests.Infrastructure;

/// <summary>
/// One installed platform shared by the tests of a class (CC Yonne Nord, one account per role, the four
/// modules). Tests that change an account create their own account first.
/// </summary>
public class InstalledPlatform : IAsyncLifetime
{
    public PlatformFactory Platform { get; private set; } = null!;

    protected virtual PlatformOptions Options => new();

    public async Task InitializeAsync() => Platform = await PlatformFactory.StartAsync(Options);

    public async Task DisposeAsync() => await Platform.DisposeAsync();
}
