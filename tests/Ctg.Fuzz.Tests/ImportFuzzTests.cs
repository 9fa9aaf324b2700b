using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Xunit.Abstractions;

namespace Ctg.Fuzz.Tests;

/// <summary>How a generated text reaches an import: pasted, or as a file of some kind.</summary>
public static class Delivery
{
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>Sends the text as the form's "texte" field or as a "fichier" (.txt in some encoding, .docx of some template, random bytes).</summary>
    public static async Task<Answer> SendAsync(FuzzRun run, string action, Dictionary<string, string> hidden, string text, bool allowDocx, string textExtension)
    {
        var h = run.Hostile;
        var mode = h.Next(allowDocx ? 10 : 7);
        if (mode < 3)
        {
            run.Input = "texte collé " + FuzzRun.Describe(text);
            return await run.PostFormAsync(action, new Dictionary<string, string>(hidden) { ["texte"] = text });
        }
        if (mode < 6)
        {
            var (bytes, encoding) = h.Encode(text);
            run.Input = $"fichier {textExtension} en {encoding} : " + FuzzRun.Describe(text);
            return await run.PostFileAsync(action, hidden, bytes, "entree" + textExtension, "text/plain");
        }
        if (mode == 6)
        {
            var bytes = h.Bytes(4096);
            var name = h.Pick(new[] { "entree" + textExtension, "entree.docx", "entree.pdf", "entree" });
            run.Input = $"{bytes.Length} octets au hasard nommés {name}";
            return await run.PostFileAsync(action, hidden, bytes, name, "application/octet-stream");
        }
        var template = h.Pick(Enum.GetValues<HostileDocx.Template>());
        var raw = h.Chance(0.2);
        var docx = HostileDocx.Build(template, text.Split('\n'), raw);
        run.Input = $"document Word {template}{(raw ? " (texte non échappé)" : "")} : " + FuzzRun.Describe(text);
        return await run.PostFileAsync(action, hidden, docx, "entree.docx", DocxType);
    }

    /// <summary>The form of the answer with this id; the HTML is parsed only when it holds one (most answers are refusals).</summary>
    public static IHtmlFormElement? Form(Answer answer, string id) =>
        answer.Html.Contains($"id=\"{id}\"", StringComparison.Ordinal) ? answer.Document.QuerySelector<IHtmlFormElement>("form#" + id) : null;

    public static string Action(Answer answer, IHtmlFormElement form) =>
        form.GetAttribute("action") is { Length: > 0 } target ? new Uri(answer.Url, target).PathAndQuery : answer.Url.PathAndQuery;
}

/// <summary>The directory's CSV import (preview, then confirmation), fed hostile files.</summary>
public sealed class DirectoryImportFuzzTests(FuzzPlatform fixture, ITestOutputHelper output) : IClassFixture<FuzzPlatform>
{
    private static readonly string[] Headers = ["Nom", "Prénom", "Fonction", "Organisation", "Type d'organisation", "Courriel", "Téléphone", "Thématiques"];
    private static readonly string[] Types = ["Association", "Commune", "CAF", "Autre", "Inconnu"];

    [Fact]
    public async Task The_directory_import_survives_hostile_files()
    {
        using var run = new FuzzRun("Import de l'annuaire", 4, await fixture.SignedInAsync(Accounts.Coordination), fixture.Platform, output);
        using var rows = new ModuleRows(fixture.Platform, "Gov_");
        var (action, hidden, _) = await run.FormAsync("/gouvernance/annuaire/import", "form#envoyer");
        var h = run.Hostile;

        await run.RunAsync(async i =>
        {
            var csv = Csv(h, i);
            var before = rows.Counts();
            var preview = await Delivery.SendAsync(run, action, hidden, csv, allowDocx: false, ".csv");
            if (ModuleRows.Changes(before, rows.Counts()) is { } written)
            {
                run.Fail($"l'aperçu a écrit : {written}");
            }
            if (Delivery.Form(preview, "confirmer") is not { } confirm)
            {
                run.Count(preview.Status == HttpStatusCode.OK ? "refusée" : $"statut {(int)preview.Status}");
                return;
            }
            var persons = int.Parse(Regex.Match(preview.Document.QuerySelector("#apercu-personnes caption")?.TextContent ?? "", @"(\d+) personne").Groups[1].Value is { Length: > 0 } n ? n : "-1");
            var organisations = preview.Document.QuerySelectorAll("#nouvelles-organisations li").Length;
            before = rows.Counts();
            var saved = await run.PostFormAsync(Delivery.Action(preview, confirm), Browser.FormValues(confirm));
            var after = rows.Counts();
            if (!saved.IsRedirect)
            {
                run.Count("refusée à la confirmation");
                if (ModuleRows.Changes(before, after) is { } partial)
                {
                    run.Fail($"confirmation refusée ({(int)saved.Status}) mais des lignes ont changé : {partial}");
                }
                return;
            }
            run.Count("acceptée");
            if (ModuleRows.Changes(before, after, t => t switch { "Gov_Personnes" => persons, "Gov_Organisations" => organisations, _ => 0 }) is { } unexpected)
            {
                run.Fail($"l'aperçu annonçait {persons} personne(s) et {organisations} organisation(s), l'import a écrit : {unexpected}");
            }
            await run.GetAsync(saved.Location!.PathAndQuery);
        });

        run.Finish(() => run.Outcome("acceptée") == 0 || run.Outcome("refusée") == 0
            ? "aucun fichier accepté ou aucun refusé : l'import n'a pas été vraiment essayé." : null);
    }

    /// <summary>A CSV text: a real or a garbled header, then rows of valid and hostile values, quoted well or badly.</summary>
    private static string Csv(Hostile h, int index)
    {
        var separator = h.Pick(new[] { ";", ";", ",", "\t", "|" });
        var newline = h.Pick(new[] { "\r\n", "\n", "\r" });
        var columns = Headers.OrderBy(_ => h.Next(100)).Take(h.Next(2, Headers.Length + 1)).ToList();
        if (!columns.Contains("Nom") && h.Chance(0.8))
        {
            columns.Insert(0, "Nom");
        }
        if (!columns.Contains("Prénom") && h.Chance(0.8))
        {
            columns.Insert(1, "Prénom");
        }
        var builder = new StringBuilder();
        builder.Append(h.Chance(0.1) ? h.Text() : string.Join(separator, columns.Select(c => h.Chance(0.05) ? h.Value() : c))).Append(newline);
        var lines = h.Chance(0.02) ? 5_100 : h.Next(0, 25);
        // A third of the files are clean but for a value or two, so that the confirmation is tried often enough.
        var clean = h.Chance(0.35);
        for (var line = 0; line < lines; line++)
        {
            var values = columns.Select(column => h.Chance(clean ? 0.01 : 0.15) ? h.Value() : column switch
            {
                "Nom" => $"{h.Word()}{index}x{line}",
                "Prénom" => h.Word(),
                "Organisation" => h.Chance(0.5) ? "" : $"Organisation {h.Next(5)}",
                "Type d'organisation" => h.Pick(Types),
                "Courriel" => $"p{index}.{line}.{h.Next(1_000_000)}@fuzz.fr",
                "Téléphone" => h.Chance(0.5) ? "" : "03 86 00 00 0" + h.Next(10),
                _ => h.Word(),
            });
            builder.Append(string.Join(separator, values.Select(v => Quote(h, v, separator, clean)))).Append(newline);
        }
        return builder.ToString();
    }

    /// <summary>Quotes as a spreadsheet does when needed, and sometimes as nobody should: a stray or a missing quote.</summary>
    private static string Quote(Hostile h, string value, string separator, bool clean) => (clean ? 3 + h.Next(17) : h.Next(20)) switch
    {
        0 => "\"" + value,
        1 => value + "\"",
        2 => "\"" + value + "\"\"",
        _ when value.Contains('"') || value.Contains(separator) || value.Contains('\n') || value.Contains('\r') || h.Chance(0.1) => "\"" + value.Replace("\"", "\"\"") + "\"",
        _ => value,
    };
}

/// <summary>The fiche import (paste, .txt, .docx, then the save step), fed hostile documents.</summary>
public sealed class FicheImportFuzzTests(FuzzPlatform fixture, ITestOutputHelper output) : IClassFixture<FuzzPlatform>
{
    private static readonly string[] Fiche = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "fixtures", "fiche-action-17.txt"));

    [Fact]
    public async Task The_fiche_import_survives_hostile_documents()
    {
        using var run = new FuzzRun("Import de fiche", 5, await fixture.SignedInAsync(Accounts.Coordination), fixture.Platform, output);
        using var rows = new ModuleRows(fixture.Platform, "Met_");
        var (action, hidden, _) = await run.FormAsync("/methodologie/fiches/importer", "form#lire");
        var h = run.Hostile;

        await run.RunAsync(async i =>
        {
            var before = rows.Counts();
            var review = await Delivery.SendAsync(run, action, hidden, Text(h, i), allowDocx: true, ".txt");
            if (ModuleRows.Changes(before, rows.Counts()) is { } written)
            {
                run.Fail($"la lecture a écrit : {written}");
            }
            if (Delivery.Form(review, "enregistrer") is not { } save)
            {
                run.Count(review.Status == HttpStatusCode.OK ? "refusée" : $"statut {(int)review.Status}");
                return;
            }
            var fields = new Dictionary<string, string> { ["Input.Number"] = h.Chance(0.1) ? h.Value() : $"I{i}.{h.Next(1000)}" };
            var field = h.Pick(new[] { "Input.Title", "Input.Financements[0].Planned", "Input.Financements[0].Actual", "Input.Deadline", "Input.Progress", "Input.Jalons[0].DueOn", "Input.Pilote", "" });
            if (field.Length > 0)
            {
                fields[field] = field.Contains("Financements") || field == "Input.Progress" ? h.Pick(Hostile.Numbers) : field.Contains("Deadline") || field.Contains("DueOn") ? h.Pick(Hostile.Dates) : h.Value();
                if (field.Contains("Financements"))
                {
                    fields["Input.Financements[0].Funder"] = "CAF";
                }
                if (field.Contains("Jalons"))
                {
                    fields["Input.Jalons[0].Title"] = "Jalon";
                }
            }
            run.Input += " ; enregistrée avec " + FormFuzz.Describe(fields);
            var saveAction = Delivery.Action(review, save);
            before = rows.Counts();
            var answer = await run.PostFormAsync(saveAction, FuzzRun.With(Browser.FormValues(save), fields));
            await FicheChecks.CheckAsync(run, rows, saveAction, answer, before, rows.Counts());
        });

        run.Finish(() => run.Outcome("acceptée") == 0 || run.Outcome("refusée") == 0
            ? "aucune fiche acceptée ou aucune refusée : l'import n'a pas été vraiment essayé." : null);
    }

    /// <summary>The text of a real fiche with some of its lines replaced, doubled or made hostile, or plain garbage.</summary>
    private static string Text(Hostile h, int index)
    {
        if (h.Chance(0.1))
        {
            return h.Chance(0.5) ? h.Huge() : h.RandomChars(h.Next(1, 3000));
        }
        var lines = new List<string>();
        foreach (var line in Fiche)
        {
            var roll = h.Next(12);
            if (roll == 0)
            {
                lines.Add(h.Value());
            }
            else if (roll == 1)
            {
                lines.Add(line + h.Text());
            }
            else if (roll == 2 && line.Length > 0)
            {
                continue;
            }
            else
            {
                lines.Add(line.Replace("Fiche Action 17", $"Fiche Action {h.Pick(new[] { index.ToString(), "2147483648", "-1", "1.2.3.4.5.6.7.8.9", "<script>alert(1)</script>", "=CMD()" })}"));
            }
        }
        if (h.Chance(0.02))
        {
            lines.AddRange(Enumerable.Repeat("- " + h.Word(), h.Next(1000, 6_000)));
        }
        return string.Join(h.Pick(new[] { "\n", "\r\n", "\r", "\v", "\u2028" }), lines);
    }
}

/// <summary>The plan outline import (preview, then confirmation), fed hostile outlines.</summary>
public sealed class PlanImportFuzzTests(FuzzPlatform fixture, ITestOutputHelper output) : IClassFixture<FuzzPlatform>
{
    /// <summary>Imports accepted into one plan before the next one starts, so that the plan page stays small.</summary>
    private const int ImportsPerPlan = 15;

    [Fact]
    public async Task The_plan_import_survives_hostile_outlines()
    {
        using var run = new FuzzRun("Import de plan", 6, await fixture.SignedInAsync(Accounts.Coordination), fixture.Platform, output);
        using var rows = new ModuleRows(fixture.Platform, "Met_");
        var planForm = await run.HiddenFieldsAsync("/methodologie/plans/nouveau", "main form[method=post]");
        var h = run.Hostile;
        var plans = 0;
        var imports = ImportsPerPlan;
        string action = "";
        Dictionary<string, string> hidden = [];
        var plan = Guid.Empty;

        await run.RunAsync(async i =>
        {
            if (imports >= ImportsPerPlan)
            {
                var created = await run.PostFormAsync("/methodologie/plans/nouveau", new Dictionary<string, string>(planForm)
                {
                    ["Input.Title"] = $"Plan d'essai {++plans}",
                    ["Input.StartsOn"] = "2024-01-01",
                    ["Input.EndsOn"] = "2028-12-31",
                    ["Input.Levels[0]"] = "Axe",
                    ["Input.Levels[1]"] = "Objectif",
                });
                plan = Guid.Parse(created.Location!.AbsolutePath.Split('/').Last());
                (action, hidden, _) = await run.FormAsync($"/methodologie/plans/{plan}/importer", "form#envoyer");
                imports = 0;
            }
            var before = rows.Counts();
            var preview = await Delivery.SendAsync(run, action, hidden, Outline(h, i), allowDocx: true, ".txt");
            if (ModuleRows.Changes(before, rows.Counts()) is { } written)
            {
                run.Fail($"l'aperçu a écrit : {written}");
            }
            if (Delivery.Form(preview, "confirmer") is not { } confirm)
            {
                run.Count(preview.Status == HttpStatusCode.OK ? "refusée" : $"statut {(int)preview.Status}");
                return;
            }
            before = rows.Counts();
            var inPlanBefore = rows.Owned("Met_PlanFiches", "PlanId", plan);
            var saved = await run.PostFormAsync(Delivery.Action(preview, confirm), Browser.FormValues(confirm));
            var after = rows.Counts();
            var inPlanAfter = rows.Owned("Met_PlanFiches", "PlanId", plan);
            if (!saved.IsRedirect)
            {
                run.Count("refusée à la confirmation");
                if (ModuleRows.Changes(before, after) is { } partial)
                {
                    run.Fail($"confirmation refusée ({(int)saved.Status}) mais des lignes ont changé : {partial}");
                }
                return;
            }
            run.Count("acceptée");
            imports++;
            var page = await run.GetAsync(saved.Location!.PathAndQuery);
            var said = Regex.Match(HtmlPage.Normalize(page.Document.Body?.TextContent ?? ""), @"Plan importé : (\d+) élément\(s\) ajouté\(s\), (\d+) fiche\(s\) créée\(s\), (\d+) fiche\(s\) placée\(s\)");
            if (!said.Success)
            {
                run.Fail($"la page du plan n'annonce pas ce que l'import a ajouté ({(int)page.Status}).");
                return;
            }
            var (nodes, fiches, placed) = (long.Parse(said.Groups[1].Value), long.Parse(said.Groups[2].Value), long.Parse(said.Groups[3].Value));
            // A fiche already in the plan is moved, not added: it counts as placed without a new row.
            var added = inPlanAfter - inPlanBefore;
            if (added > placed || added < placed - inPlanBefore)
            {
                run.Fail($"l'import annonçait {placed} fiche(s) placée(s) ; le plan, qui en avait {inPlanBefore}, en a {inPlanAfter}.");
            }
            if (ModuleRows.Changes(before, after, t => t switch
                {
                    "Met_PlanNodes" => nodes,
                    "Met_FichesActions" or "Met_FicheChanges" => fiches,
                    "Met_PlanFiches" => added,
                    _ => 0,
                }) is { } unexpected)
            {
                run.Fail($"l'import annonçait {nodes} élément(s), {fiches} fiche(s) créée(s), {placed} placée(s) ; il a écrit : {unexpected}");
            }
        });

        run.Finish(() => run.Outcome("acceptée") == 0 || run.Outcome("refusée") == 0
            ? "aucun plan accepté ou aucun refusé : l'import n'a pas été vraiment essayé." : null);
    }

    /// <summary>An outline of axes, objectives and fiches with hostile titles, odd numbering, and sometimes thousands of lines.</summary>
    private static string Outline(Hostile h, int index)
    {
        if (h.Chance(0.08))
        {
            return h.Chance(0.5) ? h.Huge() : h.RandomChars(h.Next(1, 3000));
        }
        var lines = new List<string>();
        var axes = h.Chance(0.02) ? 250 : h.Next(1, 5);
        for (var a = 1; a <= axes; a++)
        {
            lines.Add($"Axe {a} : {Title(h)}");
            for (var o = 1; o <= h.Next(0, 4); o++)
            {
                lines.Add($"Objectif {a}.{o} : {Title(h)}");
                for (var f = 1; f <= h.Next(0, 3); f++)
                {
                    var number = h.Chance(0.1) ? h.Pick(new[] { "2147483648", "1.2.3.4.5.6.7.8.9.10", "-1", "0", "=CMD()", "<script>alert(1)</script>" }) : $"{index}.{a}.{o}.{f}";
                    lines.Add($"Fiche {number} : {Title(h)}");
                }
            }
            if (h.Chance(0.1))
            {
                lines.Add(h.Value());
            }
        }
        return string.Join(h.Pick(new[] { "\n", "\r\n", "\r" }), lines);
    }

    private static string Title(Hostile h) => h.Chance(0.4) ? h.Value() : h.Word();
}
