using System.Security.Cryptography;
using Ctg.Host.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;

namespace Ctg.Host.Identity;

/// <summary>The sign-in rules, and the one message every refusal gives.</summary>
public static class SignInRules
{
    public const int MaxFailedAttempts = 5;
    public const int LockoutMinutes = 15;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(LockoutMinutes);

    /// <summary>
    /// The same words for an unknown address, a wrong password, a deactivated account and a locked one: any
    /// difference would tell a stranger which addresses have an account, or that a guessed password is right.
    /// </summary>
    public static readonly string Refused = "Adresse électronique ou mot de passe incorrect. Un compte désactivé, ou verrouillé "
        + $"pendant {LockoutMinutes}\u00A0minutes après {MaxFailedAttempts}\u00A0essais infructueux, est refusé de la même façon\u00A0: "
        + "en cas de doute, adressez-vous à l'administrateur de la plateforme.";
}

/// <summary>
/// Signs in by address and password with the same work and the same answer for every refusal: the password is
/// always checked against a hash (the account's, or a decoy one when there is no usable account) before anything
/// about the account is decided, so neither the time taken nor the result tells whether an address is known.
/// </summary>
public sealed class CtgSignInManager(
    UserManager<CtgUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<CtgUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<CtgUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<CtgUser> confirmation,
    DecoyPasswordHash decoy)
    : SignInManager<CtgUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    /// <summary>Signs in the account of this address; a refusal is <see cref="SignInResult.Failed"/> whatever its cause, and is logged with it.</summary>
    public async Task<SignInResult> PasswordSignInByEmailAsync(string email, string password, bool isPersistent)
    {
        var user = await UserManager.FindByEmailAsync(email);
        if (user is null)
        {
            VerifyAgainstDecoy(password);
            Logger.LogInformation("Connexion refusée : adresse inconnue");
            return SignInResult.Failed;
        }
        var result = await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            Logger.LogInformation("Connexion de l'utilisateur {UserId}", user.Id);
            return result;
        }
        if (result.IsLockedOut)
        {
            Logger.LogWarning("Connexion refusée : compte {UserId} verrouillé après des échecs de connexion", user.Id);
        }
        else if (result.IsNotAllowed)
        {
            Logger.LogInformation("Connexion refusée : compte {UserId} désactivé", user.Id);
        }
        else
        {
            Logger.LogInformation("Connexion refusée : mot de passe incorrect pour le compte {UserId}", user.Id);
        }
        return SignInResult.Failed;
    }

    public override async Task<bool> CanSignInAsync(CtgUser user) => user.IsActive && await base.CanSignInAsync(user);

    /// <summary>
    /// Identity refuses a deactivated or locked account before it hashes anything, and an invited account (no
    /// password yet) without hashing at all: each would answer faster than a wrong password. They pay the same hash.
    /// </summary>
    public override async Task<SignInResult> CheckPasswordSignInAsync(CtgUser user, string password, bool lockoutOnFailure)
    {
        if (await PreSignInCheck(user) is { } refused)
        {
            VerifyAgainst(user.PasswordHash, password);
            return refused;
        }
        if (user.PasswordHash is null)
        {
            VerifyAgainstDecoy(password);
            return SignInResult.Failed;
        }
        return await base.CheckPasswordSignInAsync(user, password, lockoutOnFailure);
    }

    private void VerifyAgainst(string? hash, string password)
    {
        if (hash is null)
        {
            VerifyAgainstDecoy(password);
        }
        else
        {
            UserManager.PasswordHasher.VerifyHashedPassword(Nobody, hash, password);
        }
    }

    private void VerifyAgainstDecoy(string password) =>
        UserManager.PasswordHasher.VerifyHashedPassword(Nobody, decoy.Get(UserManager.PasswordHasher), password);

    private static readonly CtgUser Nobody = new();
}

/// <summary>
/// A hash of a random password, made once per host by the configured hasher (so with the same algorithm and
/// iteration count as real hashes), to verify a password against when no account can check it.
/// </summary>
public sealed class DecoyPasswordHash
{
    private string? _hash;

    public string Get(IPasswordHasher<CtgUser> hasher) =>
        _hash ??= hasher.HashPassword(new CtgUser(), Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
}
