using Ctg.Sdk;

namespace Ctg.Modules.Dispositifs.Domain;

/// <summary>Life cycle of a contract, as a CTG lives it.</summary>
public enum DispositifStatus
{
    EnElaboration,
    EnVigueur,
    EnEvaluation,
    EnRenouvellement,
    Echu,
}

public static class DispositifStatuses
{
    public static string Label(this DispositifStatus status) => status switch
    {
        DispositifStatus.EnElaboration => "En élaboration",
        DispositifStatus.EnVigueur => "Signé, en vigueur",
        DispositifStatus.EnEvaluation => "En évaluation",
        DispositifStatus.EnRenouvellement => "En renouvellement",
        _ => "Échu",
    };

    /// <summary>The badge colour a status shows with, in the list and on the detail page.</summary>
    public static string BadgeClass(this DispositifStatus status) => status switch
    {
        DispositifStatus.EnElaboration => "text-bg-secondary",
        DispositifStatus.EnVigueur => "text-bg-success",
        DispositifStatus.EnEvaluation => "text-bg-info",
        DispositifStatus.EnRenouvellement => "text-bg-warning",
        _ => "text-bg-dark",
    };
}

/// <summary>The rules a dispositif's form obeys, whether it creates or edits one.</summary>
public static class DispositifRules
{
    /// <param name="storedKind">The kind already saved, kept on an edit even if the list no longer offers it.</param>
    public static IEnumerable<ValidationError> Check(string kind, DateOnly? start, DateOnly? end, string? storedKind = null)
    {
        if (kind != storedKind && DispositifKinds.All.All(k => k.Code != kind))
        {
            yield return new ValidationError("Kind", "Choisissez un type de dispositif dans la liste.");
        }
        if (start is { } from && end is { } to && to < from)
        {
            yield return new ValidationError("End", "La fin ne peut pas précéder le début.");
        }
    }
}

/// <summary>A kind of contract or scheme; territories add their local ones by plugins.</summary>
public sealed record DispositifKind(string Code, string Label);

public static class DispositifKinds
{
    public static readonly IReadOnlyList<DispositifKind> All =
    [
        new("CTG", "Convention territoriale globale"),
        new("SPPE", "Service public de la petite enfance (schéma pluriannuel)"),
        new("SDSF", "Schéma départemental des services aux familles"),
        new("CLS", "Contrat local de santé"),
        new("PEDT", "Projet éducatif territorial / Plan mercredi"),
        new("CLAS", "Contrat local d'accompagnement à la scolarité"),
        new("REAAP", "Réseau d'écoute, d'appui et d'accompagnement des parents"),
        new("LAEP", "Lieu d'accueil enfants-parents"),
        new("RPE", "Relais petite enfance"),
        new("ALSH", "Accueil de loisirs sans hébergement"),
        new("AVS", "Animation de la vie sociale (centre social, EVS)"),
        new("FS", "France services"),
        new("CV", "Contrat de ville"),
        new("CRTE", "Contrat pour la réussite de la transition écologique"),
        new("PVD", "Petites villes de demain"),
        new("AUTRE", "Autre dispositif local"),
    ];

    public static string LabelOf(string code) => All.FirstOrDefault(k => k.Code == code)?.Label ?? code;
}

public sealed class Dispositif : IVersioned
{
    public Guid Id { get; set; }
    public string Kind { get; set; } = "CTG";
    public string Name { get; set; } = "";
    public DateOnly? Start { get; set; }
    public DateOnly? End { get; set; }
    public DispositifStatus Status { get; set; }
    public string? Description { get; set; }
    public int Version { get; set; }
    public List<ArticulatedAction> Actions { get; set; } = [];

    /// <summary>The opaque reference other modules store.</summary>
    public string Reference => ReferenceFor(Id);

    public static string ReferenceFor(Guid id) => $"dispositif:{id:N}";

    public static Guid? IdFrom(string? reference) =>
        reference is not null && reference.StartsWith("dispositif:", StringComparison.Ordinal) && Guid.TryParseExact(reference["dispositif:".Length..], "N", out var id)
            ? id
            : null;
}

/// <summary>A fiche action of the Methodology module attached to this dispositif, known by its opaque id.</summary>
public sealed class ArticulatedAction
{
    public Guid Id { get; set; }
    public Guid DispositifId { get; set; }
    public Guid FicheId { get; set; }
    public string FicheNumber { get; set; } = "";
    public string FicheTitle { get; set; } = "";
}
