using Xunit.Abstractions;

namespace Ctg.Fuzz.Tests;

/// <summary>Shared steps of the form targets: post, then check the rows written and the page that shows the values.</summary>
public static class FormFuzz
{
    /// <summary>A valid value most of the time, a hostile one otherwise, nothing at all sometimes.</summary>
    public static void Put(Dictionary<string, string> fields, Hostile hostile, string name, Func<string> valid, double hostileShare = 0.5)
    {
        if (hostile.Chance(0.05))
        {
            return;
        }
        fields[name] = hostile.Chance(hostileShare) ? hostile.Value() : valid();
    }

    public static string Describe(IReadOnlyDictionary<string, string> fields) =>
        string.Join(" ; ", fields.Where(f => f.Key != "__RequestVerificationToken").Select(f => $"{f.Key}={FuzzRun.Describe(f.Value)}"));

    /// <summary>
    /// Posts the form and checks the outcome: a redirect to the created thing adds exactly its row and the rows
    /// that belong to it (by <paramref name="ownerColumn"/>) and shows it without markup from the input; any
    /// other answer writes nothing.
    /// </summary>
    /// <returns>The id of the created thing, or null when the input was refused.</returns>
    public static async Task<Guid?> PostAndCheckAsync(FuzzRun run, ModuleRows rows, string url, Dictionary<string, string> fields,
        string mainTable, string ownerColumn, Func<Guid, string[]> pagesToShow)
    {
        run.Input = Describe(fields);
        var before = rows.Counts();
        var answer = await run.PostFormAsync(url, fields);
        var after = rows.Counts();
        if (!answer.IsRedirect)
        {
            run.Count(answer.Status == HttpStatusCode.OK ? "refusée" : $"statut {(int)answer.Status}");
            if (ModuleRows.Changes(before, after) is { } partial)
            {
                run.Fail($"POST {url} refusé ({(int)answer.Status}) mais des lignes ont changé : {partial}");
            }
            return null;
        }
        run.Count("acceptée");
        var id = answer.Location!.AbsolutePath.Split('/').Select(s => Guid.TryParse(s, out var g) ? g : (Guid?)null).LastOrDefault(g => g is not null);
        if (id is not { } created)
        {
            run.Fail($"POST {url} redirige vers {answer.Location} sans identifiant.");
            return null;
        }
        if (ModuleRows.Changes(before, after, table => table == mainTable ? 1 : rows.Owned(table, ownerColumn, created)) is { } unexpected)
        {
            run.Fail($"POST {url} accepté mais les lignes écrites ne sont pas celles attendues : {unexpected}");
        }
        foreach (var page in pagesToShow(created))
        {
            var shown = await run.GetAsync(page);
            if (shown.Status != HttpStatusCode.OK)
            {
                run.Fail($"GET {page} répond {(int)shown.Status} après la création.");
            }
        }
        return created;
    }

    /// <summary>A download made of the stored values (an export, a document) must not fail on what the run stored.</summary>
    public static async Task CheckDownloadAsync(FuzzRun run, string url)
    {
        run.Input = $"(téléchargement {url} après le passage)";
        try
        {
            var answer = await run.GetAsync(url);
            if (answer.Status != HttpStatusCode.OK)
            {
                run.Fail($"GET {url} répond {(int)answer.Status}.");
            }
        }
        catch (FuzzInputAbandoned)
        {
        }
    }
}

/// <summary>The new-instance form of Governance, fed hostile values.</summary>
public sealed class InstanceFormFuzzTests(FuzzPlatform fixture, ITestOutputHelper output) : IClassFixture<FuzzPlatform>
{
    private const string Url = "/gouvernance/instances/nouvelle";

    [Fact]
    public async Task The_new_instance_form_survives_hostile_values()
    {
        using var run = new FuzzRun("Nouvelle instance", 1, await fixture.SignedInAsync(Accounts.Coordination), fixture.Platform, output);
        using var rows = new ModuleRows(fixture.Platform, "Gov_");
        var hidden = await run.HiddenFieldsAsync(Url, "main form[method=post]");
        var h = run.Hostile;
        Guid? last = null;

        await run.RunAsync(async i =>
        {
            var fields = new Dictionary<string, string>(hidden);
            FormFuzz.Put(fields, h, "Input.Name", () => $"Instance {i} {h.Word()}", 0.6);
            FormFuzz.Put(fields, h, "Input.Kind", () => h.Pick(new[] { "Copil", "Cotech", "GroupeDeTravail", "ComiteThematique", "Autre", "0", "4" }), 0.2);
            FormFuzz.Put(fields, h, "Input.CustomKind", () => "", 0.3);
            FormFuzz.Put(fields, h, "Input.Theme", () => h.Word(), 0.5);
            FormFuzz.Put(fields, h, "Input.Purpose", () => h.Text(), 0.5);
            FormFuzz.Put(fields, h, "Input.ExpectedSeancesPerYear", () => h.Next(0, 53).ToString(), 0.3);
            if (h.Chance(0.2))
            {
                fields["Input.ExpectedSeancesPerYear"] = h.Pick(Hostile.Numbers);
            }
            FormFuzz.Put(fields, h, "Input.MinutesConfidential", () => h.Chance(0.5) ? "true" : "false", 0.1);
            last = await FormFuzz.PostAndCheckAsync(run, rows, Url, fields, "Gov_Instances", "InstanceId",
                id => [$"/gouvernance/instances/{id}"]) ?? last;
        });
        await FormFuzz.CheckDownloadAsync(run, "/gouvernance/tableau-de-bord");
        await FormFuzz.CheckDownloadAsync(run, "/gouvernance/tableau-de-bord/export.xlsx");
        await FormFuzz.CheckDownloadAsync(run, "/gouvernance");

        run.Finish(() => run.Outcome("acceptée") == 0 || run.Outcome("refusée") == 0
            ? "aucune entrée acceptée ou aucune refusée : le formulaire n'a pas été vraiment essayé." : null);
    }
}

/// <summary>The new-séance form of Governance, fed hostile values, on an instance without members.</summary>
public sealed class SeanceFormFuzzTests(FuzzPlatform fixture, ITestOutputHelper output) : IClassFixture<FuzzPlatform>
{
    [Fact]
    public async Task The_new_seance_form_survives_hostile_values()
    {
        using var run = new FuzzRun("Nouvelle séance", 2, await fixture.SignedInAsync(Accounts.Coordination), fixture.Platform, output);
        using var rows = new ModuleRows(fixture.Platform, "Gov_");
        var instanceForm = await run.HiddenFieldsAsync("/gouvernance/instances/nouvelle", "main form[method=post]");
        var instance = await run.PostFormAsync("/gouvernance/instances/nouvelle", new Dictionary<string, string>(instanceForm)
        {
            ["Input.Name"] = "Instance des séances d'essai",
            ["Input.Kind"] = "Copil",
            ["Input.ExpectedSeancesPerYear"] = "4",
        });
        var instanceId = Guid.Parse(instance.Location!.AbsolutePath.Split('/')[3]);
        var url = $"/gouvernance/instances/{instanceId}/seances/nouvelle";
        var hidden = await run.HiddenFieldsAsync(url, "main form[method=post]");
        var h = run.Hostile;
        var documents = 0;

        await run.RunAsync(async i =>
        {
            var fields = new Dictionary<string, string>(hidden);
            FormFuzz.Put(fields, h, "Input.Date", () => $"{h.Next(2020, 2031)}-{h.Next(1, 13):00}-{h.Next(1, 29):00}", 0.1);
            if (h.Chance(0.4))
            {
                fields["Input.Date"] = h.Pick(Hostile.Dates);
            }
            FormFuzz.Put(fields, h, "Input.StartTime", () => $"{h.Next(0, 24):00}:{h.Next(0, 60):00}", 0.1);
            FormFuzz.Put(fields, h, "Input.EndTime", () => $"{h.Next(0, 24):00}:{h.Next(0, 60):00}", 0.1);
            if (h.Chance(0.2))
            {
                fields[h.Chance(0.5) ? "Input.StartTime" : "Input.EndTime"] = h.Pick(Hostile.Times);
            }
            FormFuzz.Put(fields, h, "Input.Place", () => h.Word(), 0.6);
            FormFuzz.Put(fields, h, "Input.VideoLink", () => h.Chance(0.5) ? "" : "https://visio.exemple.fr/" + Uri.EscapeDataString(h.Word()), 0.3);
            FormFuzz.Put(fields, h, "Input.Status", () => h.Pick(new[] { "Planifiee", "Tenue", "Annulee", "1", "2" }), 0.1);
            var created = await FormFuzz.PostAndCheckAsync(run, rows, url, fields, "Gov_Seances", "SeanceId", id => [$"/gouvernance/seances/{id}"]);
            // The documents made from a séance must hold any stored string; a few are enough to find out.
            if (created is { } seance && documents < 20 && fields.GetValueOrDefault("Input.Place", "").Any(c => char.IsControl(c) && c is not ('\r' or '\n' or '\t')))
            {
                documents++;
                foreach (var download in new[] { $"/gouvernance/seances/{seance}/compte-rendu.docx", $"/gouvernance/seances/{seance}/convocation.ics" })
                {
                    var answer = await run.GetAsync(download);
                    if (answer.Status != HttpStatusCode.OK)
                    {
                        run.Fail($"GET {download} répond {(int)answer.Status}.");
                    }
                }
            }
        });
        await FormFuzz.CheckDownloadAsync(run, "/gouvernance/tableau-de-bord/export.xlsx");

        run.Finish(() => run.Outcome("acceptée") == 0 || run.Outcome("refusée") == 0
            ? "aucune entrée acceptée ou aucune refusée : le formulaire n'a pas été vraiment essayé." : null);
    }
}

/// <summary>The new-fiche form of Methodology, fed hostile values.</summary>
public sealed class FicheFormFuzzTests(FuzzPlatform fixture, ITestOutputHelper output) : IClassFixture<FuzzPlatform>
{
    private const string Url = "/methodologie/fiches/nouvelle";

    [Fact]
    public async Task The_new_fiche_form_survives_hostile_values()
    {
        using var run = new FuzzRun("Nouvelle fiche", 3, await fixture.SignedInAsync(Accounts.Coordination), fixture.Platform, output);
        using var rows = new ModuleRows(fixture.Platform, "Met_");
        var (action, _, values) = await run.FormAsync(Url, "main form[method=post]");
        var h = run.Hostile;

        await run.RunAsync(async i =>
        {
            var fields = new Dictionary<string, string>
            {
                ["Input.Number"] = h.Chance(0.15) ? h.Value() : $"Z{i}.{h.Next(1000)}",
                ["Input.Title"] = h.Chance(0.6) ? h.Value() : $"Fiche {h.Word()}",
            };
            foreach (var text in new[] { "Input.Theme", "Input.Diagnostic", "Input.Objective", "Input.Pilote", "Input.EluReferent", "Input.DecisionAwaited",
                         "Input.Missions[0].Title", "Input.Missions[0].Items", "Input.Financements[0].Funder", "Input.Jalons[0].Title" })
            {
                if (h.Chance(0.25))
                {
                    fields[text] = h.Value();
                }
            }
            foreach (var number in new[] { "Input.Progress", "Input.Financements[0].Year", "Input.Financements[0].Planned", "Input.Financements[0].Actual" })
            {
                if (h.Chance(0.25))
                {
                    fields[number] = h.Chance(0.7) ? h.Pick(Hostile.Numbers) : h.Value();
                }
            }
            if (fields.Keys.Any(k => k.StartsWith("Input.Financements[0].", StringComparison.Ordinal)) && !fields.ContainsKey("Input.Financements[0].Funder"))
            {
                fields["Input.Financements[0].Funder"] = "CAF";
            }
            foreach (var date in new[] { "Input.Deadline", "Input.Jalons[0].DueOn" })
            {
                if (h.Chance(0.25))
                {
                    fields[date] = h.Pick(Hostile.Dates);
                }
            }
            foreach (var choice in new[] { "Input.Status", "Input.Priority", "Input.Meteo" })
            {
                if (h.Chance(0.15))
                {
                    fields[choice] = h.Chance(0.5) ? h.Pick(Hostile.Numbers) : h.Value();
                }
            }
            var posted = FuzzRun.With(values, fields);
            run.Input = FormFuzz.Describe(fields);
            var before = rows.Counts();
            var answer = await run.PostFormAsync(action, posted);
            var after = rows.Counts();
            await FicheChecks.CheckAsync(run, rows, action, answer, before, after);
        });

        run.Finish(() => run.Outcome("acceptée") == 0 || run.Outcome("refusée") == 0
            ? "aucune entrée acceptée ou aucune refusée : le formulaire n'a pas été vraiment essayé." : null);
    }
}

/// <summary>What a posted fiche (typed or imported) must have written: all of it, or nothing.</summary>
public static class FicheChecks
{
    public static async Task CheckAsync(FuzzRun run, ModuleRows rows, string url, Answer answer, Dictionary<string, long> before, Dictionary<string, long> after)
    {
        if (!answer.IsRedirect)
        {
            run.Count(answer.Status == HttpStatusCode.OK ? "refusée" : $"statut {(int)answer.Status}");
            if (ModuleRows.Changes(before, after) is { } partial)
            {
                run.Fail($"POST {url} refusé ({(int)answer.Status}) mais des lignes ont changé : {partial}");
            }
            return;
        }
        run.Count("acceptée");
        if (!Guid.TryParse(answer.Location!.AbsolutePath.Split('/').Last(), out var fiche))
        {
            run.Fail($"POST {url} redirige vers {answer.Location} au lieu de la fiche créée.");
            return;
        }
        if (ModuleRows.Changes(before, after, table => table == "Met_FichesActions" ? 1 : rows.Owned(table, "FicheId", fiche)) is { } unexpected)
        {
            run.Fail($"POST {url} accepté mais les lignes écrites ne sont pas celles attendues : {unexpected}");
        }
        var shown = await run.GetAsync($"/methodologie/fiches/{fiche}");
        if (shown.Status != HttpStatusCode.OK)
        {
            run.Fail($"GET /methodologie/fiches/{fiche} répond {(int)shown.Status} après la création.");
        }
    }
}
