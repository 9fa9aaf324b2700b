using Ctg.Modules.Methodology.Domain;

namespace Ctg.Modules.Methodology.Exports;

/// <summary>A fiche action as a Word document laid out like the fiches the territories write.</summary>
public static class FicheDocument
{
    public const string ContentType = WordWriter.ContentType;

    public static byte[] Write(FicheSheet fiche, DateOnly today)
    {
        var writer = new WordWriter(today);
        writer.Fiche(fiche, pageBreakBefore: false);
        return writer.Save($"{fiche.Heading} – {fiche.Title}");
    }

    /// <summary>"fiche-action-17.docx".</summary>
    public static string FileName(string number) => $"fiche-action-{ExportNames.Slug(number, "sans-numero")}.docx";
}

/// <summary>A row of the plan's summary table.</summary>
public sealed record AnnexRow(string Number, string Title, string? Pilote, DateOnly? Deadline, FicheStatus Status);

/// <param name="Groups">Rows of the summary table under each top-level node ("Axe 1 — …"), then the unplaced fiches.</param>
/// <param name="Fiches">Every fiche in full, in the plan's reading order.</param>
public sealed record PlanAnnex(
    string Title, string? Period, string? DispositifName, string? Description,
    IReadOnlyList<(string Group, IReadOnlyList<AnnexRow> Rows)> Groups,
    IReadOnlyList<FicheSheet> Fiches);

/// <summary>
/// The "plan d'actions" annex of a convention: title, period, dispositif, a summary table of the axes and
/// their fiches, then each fiche in full on its own page, with the same writer as a single fiche.
/// </summary>
public static class PlanDocument
{
    public const string ContentType = WordWriter.ContentType;

    public static byte[] Write(PlanAnnex plan, DateOnly today)
    {
        var writer = new WordWriter(today);
        writer.Heading(1, $"Plan d’actions — {plan.Title}");
        if (plan.Period is not null)
        {
            writer.Paragraph($"Période : {plan.Period}");
        }
        if (plan.DispositifName is not null)
        {
            writer.Paragraph($"Dispositif : {plan.DispositifName}");
        }
        writer.Text(plan.Description);
        writer.Paragraph($"{plan.Fiches.Count} fiche(s) action, état au {today:dd/MM/yyyy}.", italic: true);

        writer.Heading(2, "Synthèse du plan d’actions");
        writer.GroupedTable(
            ["N°", "Intitulé", "Pilote", "Échéance", "Statut"],
            [900, 4238, 2000, 1250, 1250],
            plan.Groups.Select(g => (g.Group, (IReadOnlyList<IReadOnlyList<string>>)g.Rows
                .Select(r => (IReadOnlyList<string>)[r.Number, r.Title, r.Pilote ?? "—", r.Deadline?.ToString("dd/MM/yyyy") ?? "—", r.Status.Label()])
                .ToList())));

        foreach (var fiche in plan.Fiches)
        {
            writer.Fiche(fiche, pageBreakBefore: true);
        }
        return writer.Save($"Plan d’actions – {plan.Title}");
    }

    /// <summary>"plan-d-actions-plan-ctg-2024-2028.docx".</summary>
    public static string FileName(string title, string extension) => $"plan-d-actions-{ExportNames.Slug(title, "plan")}.{extension}";

    /// <summary>"du 01/01/2024 au 31/12/2028", or null when the plan has no dates.</summary>
    public static string? Period(DateOnly? start, DateOnly? end) => (start, end) switch
    {
        ({ } s, { } e) => $"du {s:dd/MM/yyyy} au {e:dd/MM/yyyy}",
        ({ } s, null) => $"à partir du {s:dd/MM/yyyy}",
        (null, { } e) => $"jusqu’au {e:dd/MM/yyyy}",
        _ => null,
    };
}

public static class ExportNames
{
    /// <summary>A file-name part without accents, spaces or punctuation: "Plan CTG 2024-2028" → "plan-ctg-2024-2028".</summary>
    public static string Slug(string? text, string fallback)
    {
        var normalized = UserText.ForDocument(text).Replace("œ", "oe").Replace("Œ", "oe").Replace("æ", "ae").Replace("Æ", "ae").Normalize(System.Text.NormalizationForm.FormD);
        var builder = new System.Text.StringBuilder();
        foreach (var c in normalized)
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            var lower = char.ToLowerInvariant(c);
            builder.Append(lower is >= 'a' and <= 'z' or >= '0' and <= '9' ? lower : '-');
        }
        var slug = System.Text.RegularExpressions.Regex.Replace(builder.ToString(), "-{2,}", "-").Trim('-');
        if (slug.Length > 60)
        {
            slug = slug[..60].TrimEnd('-');
        }
        return slug.Length == 0 ? fallback : slug;
    }
}
