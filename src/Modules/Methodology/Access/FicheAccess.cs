using Ctg.Modules.Methodology.Domain;

namespace Ctg.Modules.Methodology.Access;

/// <summary>
/// Who may do what in Methodology, in one place. Administrateur and Coordination edit everything (plans,
/// orientations, fiches, briefs, answers to demandes d'appui); a Contributeur edits the fiches they pilot
/// (their account is the fiche's pilote account); a Lecteur reads. Anyone signed in may send a demande d'appui.
/// </summary>
public sealed class FicheAccess(ICurrentUser user)
{
    public bool EditsEverything => user.CanEditEverything;

    public string? UserId => user.Id;

    public bool CanEdit(FicheAction fiche) => CanEdit(fiche.PiloteUserId);

    public bool CanEdit(string? piloteUserId) =>
        EditsEverything || (user.IsInRole(Roles.Contributeur) && user.Id is not null && piloteUserId == user.Id);

    /// <summary>The name written in histories and notes; "Plateforme" for work done without a user (demo, start-up).</summary>
    public string UserName => user.IsAuthenticated ? user.DisplayName ?? user.Email ?? "Utilisateur sans nom" : "Plateforme";
}
