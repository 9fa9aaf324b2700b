using Ctg.Host.Data;
using Ctg.Host.Identity;
using Ctg.Sdk;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ctg.Host.Tests;

/// <summary>
/// Signing in tells a stranger nothing about an address: an unknown address, a wrong password, a deactivated
/// account, a locked one and an invited one (no password yet) get the same message after the same work, one
/// password hash verified. Timing itself is not asserted (too noisy for a test); the work that makes it is.
/// </summary>
public sealed class SignInEnumerationTests(SignInEnumerationTests.CountedPlatform fixture) : IClassFixture<SignInEnumerationTests.CountedPlatform>
{
    private readonly PlatformFactory _platform = fixture.Platform;
    private readonly HashCounter _hashes = fixture.Hashes;
    private readonly WebApplicationFactory<Program> _counted = fixture.Counted;

    /// <summary>An installed platform, and a second host on its data whose password hasher counts its verifications.</summary>
    public sealed class CountedPlatform : IAsyncLifetime
    {
        public PlatformFactory Platform { get; private set; } = null!;
        public WebApplicationFactory<Program> Counted { get; private set; } = null!;
        public HashCounter Hashes { get; } = new();

        public async Task InitializeAsync()
        {
            Platform = await PlatformFactory.StartAsync();
            Counted = Platform.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
                services.AddScoped<IPasswordHasher<CtgUser>>(provider => new CountingPasswordHasher(
                    new PasswordHasher<CtgUser>(provider.GetRequiredService<IOptions<PasswordHasherOptions>>()), Hashes))));
        }

        // The derived host goes with its parent.
        public async Task DisposeAsync() => await Platform.DisposeAsync();
    }

    public enum Refusal
    {
        UnknownAddress,
        WrongPassword,
        DeactivatedWrongPassword,
        DeactivatedRightPassword,
        LockedRightPassword,
        InvitedWithoutPassword,
    }

    public static TheoryData<Refusal> Refusals => new(Enum.GetValues<Refusal>());

    [Fact]
    public async Task Every_refusal_gives_the_same_message()
    {
        var messages = new Dictionary<Refusal, string>();
        foreach (var refusal in Enum.GetValues<Refusal>())
        {
            var (email, password) = await PrepareAsync(refusal);
            using var browser = new Browser(_counted.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
            var response = await browser.PostSignInAsync(email, password);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            messages[refusal] = (await Browser.ReadAsync(response, new Uri("http://localhost/connexion"))).Errors;
            Assert.Equal("/connexion", Browser.RedirectPath(await browser.GetAsync("/")));
        }

        Assert.All(messages, message => Assert.Equal(HtmlPage.Normalize(SignInRules.Refused), message.Value));
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Every_refusal_verifies_one_password_hash_like_a_wrong_password(Refusal refusal)
    {
        var (email, password) = await PrepareAsync(refusal);
        using var browser = new Browser(_counted.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        var form = await browser.OpenAsync("/connexion");
        var before = _hashes.Verifications;

        var response = await browser.SubmitAsync(form, new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, _hashes.Verifications - before);
    }

    /// <summary>An address and a password that must be refused for this reason.</summary>
    private async Task<(string Email, string Password)> PrepareAsync(Refusal refusal)
    {
        if (refusal == Refusal.UnknownAddress)
        {
            return ($"{Guid.NewGuid():N}@inconnu.fr", Accounts.Password);
        }
        if (refusal == Refusal.InvitedWithoutPassword)
        {
            var email = $"{Guid.NewGuid():N}@invite.fr";
            await using var scope = _platform.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<CtgUser>>();
            Assert.True((await users.CreateAsync(new CtgUser { UserName = email, Email = email, DisplayName = "Personne invitée", LockoutEnabled = true })).Succeeded);
            return (email, Accounts.Password);
        }
        var account = await _platform.CreateAccountAsync(Roles.Contributeur);
        switch (refusal)
        {
            case Refusal.DeactivatedWrongPassword or Refusal.DeactivatedRightPassword:
                await using (var scope = _platform.Services.CreateAsyncScope())
                {
                    var users = scope.ServiceProvider.GetRequiredService<UserManager<CtgUser>>();
                    var user = (await users.FindByEmailAsync(account.Email))!;
                    user.IsActive = false;
                    Assert.True((await users.UpdateAsync(user)).Succeeded);
                }
                return (account.Email, refusal == Refusal.DeactivatedRightPassword ? account.Password : "pas-le-bon-mot-de-passe-1");
            case Refusal.LockedRightPassword:
                using (var browser = _platform.NewBrowser())
                {
                    for (var attempt = 1; attempt <= SignInRules.MaxFailedAttempts; attempt++)
                    {
                        await browser.PostSignInAsync(account.Email, $"mauvais-essai-{attempt}");
                    }
                }
                return (account.Email, account.Password);
            default:
                return (account.Email, "pas-le-bon-mot-de-passe-1");
        }
    }

    public sealed class HashCounter
    {
        private int _verifications;
        public int Verifications => Volatile.Read(ref _verifications);
        internal void Verified() => Interlocked.Increment(ref _verifications);
    }

    private sealed class CountingPasswordHasher(IPasswordHasher<CtgUser> inner, HashCounter counter) : IPasswordHasher<CtgUser>
    {
        public string HashPassword(CtgUser user, string password) => inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(CtgUser user, string hashedPassword, string providedPassword)
        {
            counter.Verified();
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
