using System.ComponentModel.DataAnnotations;
using Ctg.Modules.Governance.Domain;
using Ctg.Sdk;

namespace Ctg.Modules.Governance.Pages.Seances;

/// <summary>The fields of a séance, as both the creation and the edit forms carry them.</summary>
public abstract class SeanceFields
{
    [Required(ErrorMessage = "Indiquez la date de la séance.")]
    [Display(Name = "Date")]
    public DateOnly? Date { get; set; }

    [Display(Name = "Heure de début")]
    public TimeOnly? StartTime { get; set; }

    [Display(Name = "Heure de fin")]
    public TimeOnly? EndTime { get; set; }

    [StringLength(300, ErrorMessage = "Le lieu ne doit pas dépasser 300 caractères.")]
    [Display(Name = "Lieu")]
    public string? Place { get; set; }

    [StringLength(500, ErrorMessage = "Le lien ne doit pas dépasser 500 caractères.")]
    [Display(Name = "Lien de visioconférence")]
    public string? VideoLink { get; set; }

    [Display(Name = "État")]
    public SeanceStatus Status { get; set; } = SeanceStatus.Planifiee;

    /// <summary>The rules both forms share: a future séance is not held, the end follows the start, the link is a web address.</summary>
    public IEnumerable<ValidationError> Check(DateOnly today)
    {
        if (Status == SeanceStatus.Tenue && Date > today)
        {
            yield return new ValidationError(nameof(Status), "Une séance à venir ne peut pas être déjà tenue.");
        }
        if (EndTime is not null && StartTime is null)
        {
            yield return new ValidationError(nameof(StartTime), "Indiquez l'heure de début avant l'heure de fin.");
        }
        if (EndTime is not null && StartTime is not null && EndTime <= StartTime)
        {
            yield return new ValidationError(nameof(EndTime), "L'heure de fin doit suivre l'heure de début.");
        }
        if (!string.IsNullOrWhiteSpace(VideoLink) && !IsWebAddress(VideoLink.Trim()))
        {
            yield return new ValidationError(nameof(VideoLink), "Indiquez une adresse web complète, commençant par https:// (ex. https://visio.exemple.fr/salle).");
        }
    }

    public void CopyTo(Seance seance)
    {
        seance.Date = Date!.Value;
        seance.StartTime = StartTime;
        seance.EndTime = EndTime;
        seance.Place = Clean(Place);
        seance.VideoLink = Clean(VideoLink);
        seance.Status = Status;
    }

    public static bool IsWebAddress(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host.Length > 0;

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
