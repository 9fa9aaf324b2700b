using System.ComponentModel.DataAnnotations;
using Ctg.Modules.Methodology.Domain;

namespace Ctg.Modules.Methodology.Fiches;

/// <summary>
/// Every field of a fiche action as a form posts it: the fiche pages, the import's review page and the demo
/// all fill this, then send <see cref="CreateFiche"/> or <see cref="UpdateFiche"/>. Long texts follow
/// <see cref="TextLayout"/>. Names (pilote, communes, partners, indicators, dispositif) are resolved by the
/// handler from the references.
/// </summary>
public abstract class FicheInput
{
    [Required(ErrorMessage = "Donnez le numéro de la fiche.")]
    [StringLength(20, ErrorMessage = "Le numéro ne doit pas dépasser 20 caractères.")]
    [Display(Name = "Numéro")]
    public string Number { get; set; } = "";

    [Required(ErrorMessage = "Donnez un intitulé à la fiche.")]
    [StringLength(300, ErrorMessage = "L'intitulé ne doit pas dépasser 300 caractères.")]
    [Display(Name = "Intitulé")]
    public string Title { get; set; } = "";

    [StringLength(100, ErrorMessage = "La thématique ne doit pas dépasser 100 caractères.")]
    [Display(Name = "Thématique")]
    public string? Theme { get; set; }

    [StringLength(Data.MethodologyDbContext.LongText, ErrorMessage = "Le diagnostic ne doit pas dépasser 20 000 caractères.")]
    [Display(Name = "Diagnostic initial / enjeux")]
    public string? Diagnostic { get; set; }

    [StringLength(Data.MethodologyDbContext.LongText, ErrorMessage = "L'objectif général ne doit pas dépasser 20 000 caractères.")]
    [Display(Name = "Finalité / objectif général")]
    public string? Objective { get; set; }

    [StringLength(Data.MethodologyDbContext.LongText, ErrorMessage = "Les objectifs opérationnels ne doivent pas dépasser 20 000 caractères.")]
    [Display(Name = "Objectifs opérationnels")]
    public string? OperationalObjectives { get; set; }

    [StringLength(Data.MethodologyDbContext.LongText, ErrorMessage = "Les modalités de mise en œuvre ne doivent pas dépasser 20 000 caractères.")]
    [Display(Name = "Modalités de mise en œuvre")]
    public string? Implementation { get; set; }

    /// <summary>Ordered missions; rows whose title is empty are ignored.</summary>
    public List<MissionInput> Missions { get; set; } = [];

    /// <summary>Jalons; rows whose title is empty are ignored.</summary>
    public List<JalonInput> Jalons { get; set; } = [];

    [StringLength(Data.MethodologyDbContext.LongText, ErrorMessage = "Le public cible ne doit pas dépasser 20 000 caractères.")]
    [Display(Name = "Public cible")]
    public string? TargetAudience { get; set; }

    /// <summary>INSEE codes of the territory's communes concerned.</summary>
    [Display(Name = "Communes concernées")]
    public List<string> Communes { get; set; } = [];

    [StringLength(200, ErrorMessage = "Le pilote ne doit pas dépasser 200 caractères.")]
    [Display(Name = "Pilote / porteur")]
    public string? Pilote { get; set; }

    /// <summary>The pilote's account (a Contributeur edits the fiches they pilot).</summary>
    [Display(Name = "Compte du pilote")]
    public string? PiloteUserId { get; set; }

    [StringLength(Data.MethodologyDbContext.LongText, ErrorMessage = "Les services mobilisés ne doivent pas dépasser 20 000 caractères.")]
    [Display(Name = "Services mobilisés")]
    public string? Services { get; set; }

    /// <summary>Organisations of Governance's directory, by reference.</summary>
    [Display(Name = "Partenaires de l'annuaire")]
    public List<string> PartenaireReferences { get; set; } = [];

    /// <summary>Partners typed by hand, one per line (list markers allowed).</summary>
    [StringLength(Data.MethodologyDbContext.LongText, ErrorMessage = "Les partenaires ne doivent pas dépasser 20 000 caractères.")]
    [Display(Name = "Partenaires")]
    public string? PartenairesText { get; set; }

    [StringLength(200, ErrorMessage = "L'élu référent ne doit pas dépasser 200 caractères.")]
    [Display(Name = "Élu(e) référent(e)")]
    public string? EluReferent { get; set; }

    [StringLength(Data.MethodologyDbContext.LongText, ErrorMessage = "Les moyens ne doivent pas dépasser 20 000 caractères.")]
    [Display(Name = "Moyens")]
    public string? Means { get; set; }

    /// <summary>Financements; rows without a funder are ignored.</summary>
    public List<FinancementInput> Financements { get; set; } = [];

    [StringLength(Data.MethodologyDbContext.LongText, ErrorMessage = "Les résultats attendus ne doivent pas dépasser 20 000 caractères.")]
    [Display(Name = "Résultats attendus")]
    public string? ExpectedResults { get; set; }

    [StringLength(Data.MethodologyDbContext.LongText, ErrorMessage = "Les indicateurs ne doivent pas dépasser 20 000 caractères.")]
    [Display(Name = "Indicateurs d'évaluation")]
    public string? IndicatorsText { get; set; }

    /// <summary>Indicators of the Evaluation module, by reference.</summary>
    [Display(Name = "Indicateurs suivis dans l'évaluation")]
    public List<string> IndicatorReferences { get; set; } = [];

    [StringLength(Data.MethodologyDbContext.LongText, ErrorMessage = "Les autres informations ne doivent pas dépasser 20 000 caractères.")]
    [Display(Name = "Autres informations")]
    public string? OtherInformation { get; set; }

    [StringLength(4000, ErrorMessage = "La décision attendue ne doit pas dépasser 4 000 caractères.")]
    [Display(Name = "Décision attendue du comité de pilotage")]
    public string? DecisionAwaited { get; set; }

    [Display(Name = "Statut")]
    public FicheStatus Status { get; set; } = FicheStatus.ALancer;

    [Range(0, 100, ErrorMessage = "L'avancement est un pourcentage entre 0 et 100.")]
    [Display(Name = "Avancement (%)")]
    public int Progress { get; set; }

    [Display(Name = "Météo")]
    public Meteo? Meteo { get; set; }

    [Display(Name = "Priorité")]
    public Priority Priority { get; set; } = Priority.Normale;

    [Display(Name = "Échéance")]
    public DateOnly? Deadline { get; set; }

    [Display(Name = "Dispositif de rattachement")]
    public string? DispositifReference { get; set; }
}

public sealed class MissionInput
{
    [StringLength(1000, ErrorMessage = "L'intitulé d'une mission ne doit pas dépasser 1 000 caractères.")]
    [Display(Name = "Mission")]
    public string? Title { get; set; }

    /// <summary>Sub-items, one per line.</summary>
    [StringLength(Data.MethodologyDbContext.LongText, ErrorMessage = "Les sous-actions d'une mission ne doivent pas dépasser 20 000 caractères.")]
    [Display(Name = "Sous-actions")]
    public string? Items { get; set; }
}

public sealed class JalonInput
{
    [StringLength(300, ErrorMessage = "L'intitulé d'un jalon ne doit pas dépasser 300 caractères.")]
    [Display(Name = "Jalon")]
    public string? Title { get; set; }

    [Display(Name = "Date prévue")]
    public DateOnly? DueOn { get; set; }

    [Display(Name = "Atteint le")]
    public DateOnly? DoneOn { get; set; }
}

public sealed class FinancementInput
{
    [StringLength(200, ErrorMessage = "Le nom d'un financeur ne doit pas dépasser 200 caractères.")]
    [Display(Name = "Financeur")]
    public string? Funder { get; set; }

    [Range(2000, 2100, ErrorMessage = "L'année d'un financement doit être entre 2000 et 2100.")]
    [Display(Name = "Année")]
    public int? Year { get; set; }

    /// <summary>Bounds of the amount's own type: bounds given as int would convert the amount to int, and overflow.</summary>
    [Range(typeof(decimal), "0", "1000000000", ParseLimitsInInvariantCulture = true, ErrorMessage = AmountRange)]
    [Display(Name = "Prévisionnel (€)")]
    public decimal? Planned { get; set; }

    [Range(typeof(decimal), "0", "1000000000", ParseLimitsInInvariantCulture = true, ErrorMessage = AmountRange)]
    [Display(Name = "Réel (€)")]
    public decimal? Actual { get; set; }

    public const string AmountRange = "Un montant va de 0 à 1\u00A0000\u00A0000\u00A0000\u00A0€.";
}

/// <summary>Creates a fiche with all its fields; returns its id. Publishes <c>FicheActionCreated</c>.</summary>
public sealed class CreateFiche : FicheInput, ICommand<Guid>
{
    /// <summary>When set, the new fiche is placed in this plan (at its root, or under <see cref="PlanNodeId"/>).</summary>
    public Guid? PlanId { get; set; }
    public Guid? PlanNodeId { get; set; }

    /// <summary>"Import", "Saisie", "Démonstration": written in the history's first line.</summary>
    public string Origin { get; set; } = "Saisie";
}

/// <summary>
/// Replaces every field of a fiche read at <see cref="Version"/>; records one history line per changed
/// field; publishes <c>FicheStatusChanged</c> when the status changes.
/// </summary>
public sealed class UpdateFiche : FicheInput, ICommand
{
    public Guid Id { get; set; }
    public int Version { get; set; }
}
