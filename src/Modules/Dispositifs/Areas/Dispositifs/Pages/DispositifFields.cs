using System.ComponentModel.DataAnnotations;
using Ctg.Modules.Dispositifs.Domain;

namespace Ctg.Modules.Dispositifs.Pages;

/// <summary>The fields of a dispositif, as the creation and the edit forms bind them (<c>_DispositifFields</c>).</summary>
public abstract class DispositifFields
{
    [Display(Name = "Type")]
    public string Kind { get; set; } = "CTG";

    [Required(ErrorMessage = "Donnez un nom au dispositif.")]
    [StringLength(200, ErrorMessage = "Le nom ne doit pas dépasser 200 caractères.")]
    [Display(Name = "Nom")]
    public string Name { get; set; } = "";

    [Display(Name = "Début")]
    public DateOnly? Start { get; set; }

    [Display(Name = "Fin")]
    public DateOnly? End { get; set; }

    [Display(Name = "État")]
    public DispositifStatus Status { get; set; } = DispositifStatus.EnElaboration;

    [StringLength(4000, ErrorMessage = "La description ne doit pas dépasser 4 000 caractères.")]
    [Display(Name = "Objectifs et description")]
    public string? Description { get; set; }
}

/// <summary>
/// What <c>_DispositifFields</c> shows: the fields, named "Input.…" as the pages bind them (a tuple would name them
/// "Item1.…"), and a kind the list no longer offers but the dispositif still has, which stays offered.
/// </summary>
public sealed record DispositifForm(DispositifFields Input, string? SavedKind = null);
