using System.Text.RegularExpressions;
using Ctg.Modules.Methodology.Domain;
using Ctg.Sdk.Messages.Dispositifs;
using Ctg.Sdk.Messages.Evaluation;
using Ctg.Sdk.Messages.Governance;

namespace Ctg.Modules.Methodology.Fiches;

/// <summary>
/// Turns a posted <see cref="FicheInput"/> into the fiche it describes: texts made plain, empty rows dropped,
/// names taken from the references (accounts, communes, the directory's organisations, Evaluation's
/// indicators, dispositifs). A reference that cannot be resolved is an error on its field; what another
/// module disabled cannot confirm is kept as it was on the fiche.
/// </summary>
internal sealed partial class FicheInputReader(IUserDirectory users, ITerritoryContext territory, IModuleBus bus)
{
    /// <param name="existing">The fiche being edited, or null for a new one.</param>
    public async Task<FicheAction> ReadAsync(FicheInput input, FicheAction? existing, CancellationToken cancellationToken)
    {
        var errors = new List<ValidationError>();
        var fiche = new FicheAction
        {
            Number = PlainText.Line(input.Number) ?? "",
            Title = PlainText.Line(input.Title) ?? "",
            Theme = PlainText.Line(input.Theme),
            Diagnostic = PlainText.Clean(input.Diagnostic),
            Objective = PlainText.Clean(input.Objective),
            OperationalObjectives = PlainText.Clean(input.OperationalObjectives),
            Implementation = PlainText.Clean(input.Implementation),
            TargetAudience = PlainText.Clean(input.TargetAudience),
            Pilote = PlainText.Line(input.Pilote),
            Services = PlainText.Clean(input.Services),
            EluReferent = PlainText.Line(input.EluReferent),
            Means = PlainText.Clean(input.Means),
            ExpectedResults = PlainText.Clean(input.ExpectedResults),
            IndicatorsText = PlainText.Clean(input.IndicatorsText),
            OtherInformation = PlainText.Clean(input.OtherInformation),
            DecisionAwaited = PlainText.Clean(input.DecisionAwaited),
            Status = input.Status,
            Progress = input.Progress,
            Meteo = input.Meteo,
            Priority = input.Priority,
            Deadline = input.Deadline,
        };
        if (fiche.Number.Length == 0)
        {
            errors.Add(new(nameof(FicheInput.Number), "Donnez le numéro de la fiche."));
        }
        if (fiche.Title.Length == 0)
        {
            errors.Add(new(nameof(FicheInput.Title), "Donnez un intitulé à la fiche."));
        }
        ReadMissions(input, fiche, errors);
        ReadJalons(input, fiche, existing, errors);
        ReadFinancements(input, fiche, errors);
        await ReadCommunesAsync(input, fiche, errors, cancellationToken);
        await ReadPiloteAsync(input, fiche, errors, cancellationToken);
        await ReadPartenairesAsync(input, fiche, existing, errors, cancellationToken);
        await ReadIndicatorsAsync(input, fiche, existing, errors, cancellationToken);
        await ReadDispositifAsync(input, fiche, existing, errors, cancellationToken);
        if (errors.Count > 0)
        {
            throw new InvalidInputException(errors);
        }
        return fiche;
    }

    private static void ReadMissions(FicheInput input, FicheAction fiche, List<ValidationError> errors)
    {
        for (var i = 0; i < input.Missions.Count; i++)
        {
            var row = input.Missions[i];
            var title = PlainText.Line(row?.Title);
            var items = Items(row?.Items);
            if (title is null)
            {
                if (items is not null)
                {
                    errors.Add(new($"Missions[{i}].Title", "Donnez l'intitulé de cette mission, ou videz ses sous-actions."));
                }
                continue;
            }
            fiche.Missions.Add(new FicheMission { Id = Guid.NewGuid(), Position = fiche.Missions.Count + 1, Title = title, Items = items });
        }
    }

    private static void ReadJalons(FicheInput input, FicheAction fiche, FicheAction? existing, List<ValidationError> errors)
    {
        for (var i = 0; i < input.Jalons.Count; i++)
        {
            var row = input.Jalons[i];
            var title = PlainText.Line(row?.Title);
            if (title is null)
            {
                if (row?.DueOn is not null || row?.DoneOn is not null)
                {
                    errors.Add(new($"Jalons[{i}].Title", "Donnez l'intitulé de ce jalon, ou videz ses dates."));
                }
                continue;
            }
            if (row!.DueOn is not { } due)
            {
                errors.Add(new($"Jalons[{i}].DueOn", $"Donnez la date prévue du jalon « {title} »."));
                continue;
            }
            // The same jalon keeps its id, so that "marquer atteint" links and notifications follow it.
            var same = existing?.Jalons.FirstOrDefault(j => j.Title == title && j.DueOn == due && fiche.Jalons.All(k => k.Id != j.Id));
            fiche.Jalons.Add(new FicheJalon { Id = same?.Id ?? Guid.NewGuid(), Title = title, DueOn = due, DoneOn = row.DoneOn });
        }
    }

    private static void ReadFinancements(FicheInput input, FicheAction fiche, List<ValidationError> errors)
    {
        for (var i = 0; i < input.Financements.Count; i++)
        {
            var row = input.Financements[i];
            var funder = PlainText.Line(row?.Funder);
            if (funder is null && row?.Year is null && row?.Planned is null && row?.Actual is null)
            {
                continue;
            }
            if (funder is null)
            {
                errors.Add(new($"Financements[{i}].Funder", "Indiquez le financeur de ce montant."));
                continue;
            }
            if (row!.Year is not { } year)
            {
                errors.Add(new($"Financements[{i}].Year", $"Indiquez l'année du financement de « {funder} »."));
                continue;
            }
            if (fiche.Financements.Any(f => f.Year == year && French.Comparer.Equals(f.Funder, funder)))
            {
                errors.Add(new($"Financements[{i}].Funder", $"« {funder} » a déjà une ligne pour {year} : regroupez les montants."));
                continue;
            }
            fiche.Financements.Add(new FicheFinancement { Id = Guid.NewGuid(), Funder = funder, Year = year, Planned = row.Planned, Actual = row.Actual });
        }
    }

    private async Task ReadCommunesAsync(FicheInput input, FicheAction fiche, List<ValidationError> errors, CancellationToken cancellationToken)
    {
        var codes = input.Communes.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).Distinct().ToList();
        if (codes.Count == 0)
        {
            return;
        }
        var installed = await territory.GetAsync(cancellationToken);
        foreach (var code in codes)
        {
            if (installed?.FindCommune(code) is { } commune)
            {
                fiche.Communes.Add(new FicheCommune { InseeCode = commune.InseeCode, Name = commune.Name });
            }
            else
            {
                errors.Add(new(nameof(FicheInput.Communes), $"La commune de code « {code} » n'appartient pas au territoire."));
            }
        }
    }

    private async Task ReadPiloteAsync(FicheInput input, FicheAction fiche, List<ValidationError> errors, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(input.PiloteUserId))
        {
            return;
        }
        var account = await users.FindAsync(input.PiloteUserId.Trim(), cancellationToken);
        if (account is null)
        {
            errors.Add(new(nameof(FicheInput.PiloteUserId), "Ce compte n'existe pas sur la plateforme."));
            return;
        }
        fiche.PiloteUserId = account.Id;
        fiche.Pilote ??= account.DisplayName;
    }

    private async Task ReadPartenairesAsync(FicheInput input, FicheAction fiche, FicheAction? existing, List<ValidationError> errors, CancellationToken cancellationToken)
    {
        var references = input.PartenaireReferences.Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r.Trim()).Distinct().ToList();
        var directory = await bus.AskAsync(new ListOrganisations(), cancellationToken);
        var kept = existing?.Partenaires.Where(p => p.OrganisationReference is not null).OrderBy(p => p.Position).ToList() ?? [];
        if (directory.IsAvailable)
        {
            var organisations = directory.Value!.ToDictionary(o => o.Reference);
            foreach (var reference in references)
            {
                if (organisations.TryGetValue(reference, out var organisation))
                {
                    Add(organisation.Name, reference);
                }
                else if (kept.FirstOrDefault(p => p.OrganisationReference == reference) is { } known)
                {
                    Add(known.Name, reference);
                }
                else
                {
                    errors.Add(new(nameof(FicheInput.PartenaireReferences), "Une organisation choisie n'existe plus dans l'annuaire."));
                }
            }
        }
        else
        {
            // Without the directory the form cannot show these partners: they stay as they were.
            foreach (var partner in kept)
            {
                Add(partner.Name, partner.OrganisationReference);
            }
            if (references.Any(r => kept.All(p => p.OrganisationReference != r)))
            {
                errors.Add(new(nameof(FicheInput.PartenaireReferences),
                    "Module désactivé : l'annuaire des acteurs (module Gouvernance) n'est pas activé ; saisissez les partenaires dans la zone de texte."));
            }
        }
        foreach (var name in Items(input.PartenairesText)?.Split('\n') ?? [])
        {
            if (name.Length > 300)
            {
                errors.Add(new(nameof(FicheInput.PartenairesText), "Un nom de partenaire ne doit pas dépasser 300 caractères (un partenaire par ligne)."));
                break;
            }
            if (fiche.Partenaires.All(p => !French.Comparer.Equals(p.Name, name)))
            {
                Add(name, null);
            }
        }

        void Add(string name, string? reference) =>
            fiche.Partenaires.Add(new FichePartenaire { Id = Guid.NewGuid(), Position = fiche.Partenaires.Count + 1, Name = Truncate(name, 300), OrganisationReference = reference });
    }

    private async Task ReadIndicatorsAsync(FicheInput input, FicheAction fiche, FicheAction? existing, List<ValidationError> errors, CancellationToken cancellationToken)
    {
        var references = input.IndicatorReferences.Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r.Trim()).Distinct().ToList();
        var evaluation = await bus.AskAsync(new ListIndicators(), cancellationToken);
        var kept = existing?.Indicateurs ?? [];
        if (evaluation.IsAvailable)
        {
            var indicators = evaluation.Value!.ToDictionary(i => i.Reference);
            foreach (var reference in references)
            {
                if (indicators.TryGetValue(reference, out var indicator))
                {
                    fiche.Indicateurs.Add(new FicheIndicateur { Reference = reference, Name = Truncate(indicator.Name, 300) });
                }
                else if (kept.FirstOrDefault(i => i.Reference == reference) is { } known)
                {
                    fiche.Indicateurs.Add(new FicheIndicateur { Reference = reference, Name = known.Name });
                }
                else
                {
                    errors.Add(new(nameof(FicheInput.IndicatorReferences), "Un indicateur choisi n'existe plus dans le module Évaluation."));
                }
            }
        }
        else
        {
            fiche.Indicateurs.AddRange(kept.Select(i => new FicheIndicateur { Reference = i.Reference, Name = i.Name }));
            if (references.Any(r => kept.All(i => i.Reference != r)))
            {
                errors.Add(new(nameof(FicheInput.IndicatorReferences),
                    "Module désactivé : le module Évaluation n'est pas activé ; décrivez les indicateurs dans la zone de texte."));
            }
        }
    }

    private async Task ReadDispositifAsync(FicheInput input, FicheAction fiche, FicheAction? existing, List<ValidationError> errors, CancellationToken cancellationToken)
    {
        var reference = string.IsNullOrWhiteSpace(input.DispositifReference) ? null : input.DispositifReference.Trim();
        var dispositifs = await bus.AskAsync(new ListDispositifs(), cancellationToken);
        if (!dispositifs.IsAvailable)
        {
            // The form cannot offer the choice: the fiche keeps its dispositif.
            fiche.DispositifReference = existing?.DispositifReference;
            fiche.DispositifName = existing?.DispositifName;
            if (reference is not null && reference != existing?.DispositifReference)
            {
                errors.Add(new(nameof(FicheInput.DispositifReference), "Module désactivé : le module Dispositifs n'est pas activé, la fiche ne peut pas être rattachée à un dispositif."));
            }
            return;
        }
        if (reference is null)
        {
            return;
        }
        if (dispositifs.Value!.FirstOrDefault(d => d.Reference == reference) is { } dispositif)
        {
            fiche.DispositifReference = reference;
            fiche.DispositifName = Truncate(dispositif.Name, 200);
        }
        else if (existing?.DispositifReference == reference)
        {
            fiche.DispositifReference = reference;
            fiche.DispositifName = existing.DispositifName;
        }
        else
        {
            errors.Add(new(nameof(FicheInput.DispositifReference), "Ce dispositif n'existe pas ou n'est plus disponible."));
        }
    }

    /// <summary>Items one per line, list markers removed (the page numbers or bullets them itself).</summary>
    private static string? Items(string? text)
    {
        var lines = (PlainText.Clean(text) ?? "").Split('\n')
            .Select(l => ListMarker().Replace(l.Trim(), "").Trim())
            .Where(l => l.Length > 0)
            .ToList();
        return lines.Count == 0 ? null : string.Join("\n", lines);
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    [GeneratedRegex(@"^([-•*–—▪◦·➢►✓]\s*|\d{1,2}[.)]\s+)")]
    private static partial Regex ListMarker();
}
