using System.Globalization;
using System.Text.RegularExpressions;
using Ctg.Modules.Methodology.Fiches;

namespace Ctg.Modules.Methodology.Import;

/// <summary>The field of a fiche a section of an imported document goes into.</summary>
public enum FicheSection
{
    Title,
    Theme,
    Diagnostic,
    Objective,
    OperationalObjectives,
    Implementation,
    Schedule,
    TargetAudience,
    Pilote,
    Services,
    Partenaires,
    EluReferent,
    Means,
    ExpectedResults,
    Indicators,
    /// <summary>A section the importer does not know: kept with its heading in "Autres informations".</summary>
    Other,
}

/// <param name="Heading">The heading as the document writes it ("" for text before the first heading).</param>
/// <param name="Text">Its text, lists written the TextLayout way; for modalités, without the missions.</param>
public sealed record ParsedSection(string Heading, FicheSection Field, string Text);

public sealed record ParsedMission(string Title, IReadOnlyList<string> Items);

/// <summary>A fiche read from a document, before the person checks it: each section with the heading it had.</summary>
public sealed class ParsedFiche
{
    public string? Number { get; init; }
    public string? Title { get; init; }
    public IReadOnlyList<ParsedSection> Sections { get; init; } = [];
    public IReadOnlyList<ParsedMission> Missions { get; init; } = [];
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Did the text look like a fiche at all: a "Fiche action n°" line or one known heading.</summary>
    public bool Recognised => Number is not null || Sections.Any(s => s.Field is not FicheSection.Other and not FicheSection.Title);

    public IReadOnlyList<ParsedSection> OtherSections => Sections.Where(s => s.Field == FicheSection.Other).ToList();

    public string? Diagnostic => Text(FicheSection.Diagnostic);
    public string? Objective => Text(FicheSection.Objective);
    public string? OperationalObjectives => Text(FicheSection.OperationalObjectives);
    public string? Implementation => Text(FicheSection.Implementation);
    public string? Schedule => Text(FicheSection.Schedule);
    public string? TargetAudience => Text(FicheSection.TargetAudience);
    public string? Pilote => Text(FicheSection.Pilote);
    public string? Services => Text(FicheSection.Services);
    public string? Partenaires => Text(FicheSection.Partenaires);
    public string? EluReferent => Text(FicheSection.EluReferent);
    public string? Means => Text(FicheSection.Means);
    public string? ExpectedResults => Text(FicheSection.ExpectedResults);
    public string? Indicators => Text(FicheSection.Indicators);
    public string? Theme => Text(FicheSection.Theme);

    /// <summary>
    /// The text of a field: its sections in document order; a second section of the same field
    /// ("Constat" then "Enjeux") is introduced by its own heading so that nothing is lost.
    /// </summary>
    public string? Text(FicheSection field)
    {
        var parts = new List<string>();
        foreach (var section in Sections.Where(s => s.Field == field))
        {
            if (parts.Count > 0 && section.Heading.Length > 0)
            {
                var heading = section.Heading.TrimEnd(' ', ':') + " :";
                // "Budget : 3 000 €" stays one line; a list or several paragraphs go under their heading.
                if (section.Text.Length > 0 && !section.Text.Contains('\n') && !ImportLines.IsListItem(section.Text))
                {
                    parts.Add(heading + " " + section.Text);
                    continue;
                }
                parts.Add(heading);
            }
            if (section.Text.Length > 0)
            {
                parts.Add(section.Text);
            }
        }
        return parts.Count == 0 ? null : string.Join("\n", parts);
    }

    /// <summary>The sections the importer did not know, each as "HEADING" then its text, separated by a blank line.</summary>
    public string? OtherInformation
    {
        get
        {
            var blocks = OtherSections
                .Select(s => string.Join("\n", new[] { s.Heading, s.Text }.Where(p => p.Length > 0)))
                .Where(b => b.Length > 0)
                .ToList();
            return blocks.Count == 0 ? null : string.Join("\n\n", blocks);
        }
    }

    /// <summary>The command that creates this fiche as read; the review page lets the person correct it first.</summary>
    public CreateFiche ToCommand()
    {
        var command = new CreateFiche
        {
            Origin = "Import",
            Number = Number ?? "",
            Title = Title ?? "",
            Diagnostic = Diagnostic,
            Objective = Objective,
            OperationalObjectives = OperationalObjectives,
            TargetAudience = TargetAudience,
            PartenairesText = Partenaires,
            Means = Means,
            ExpectedResults = ExpectedResults,
            IndicatorsText = Indicators,
            Missions = Missions.Select(m => new MissionInput { Title = m.Title, Items = string.Join("\n", m.Items) }).ToList(),
        };
        var services = Services;
        var other = OtherInformation;

        // Single-line fields take a short text; a longer one stays whole in a text field rather than being cut.
        var pilote = OneLine(Pilote);
        if (pilote is { Length: <= 200 })
        {
            command.Pilote = pilote;
        }
        else if (Pilote is { } longPilote)
        {
            services = services is null ? longPilote : longPilote + "\n" + services;
        }
        command.Services = services;
        var elu = OneLine(EluReferent);
        if (elu is { Length: <= 200 })
        {
            command.EluReferent = elu;
        }
        else if (EluReferent is { } longElu)
        {
            other = Join(other, "ÉLU RÉFÉRENT\n" + longElu);
        }
        var theme = OneLine(Theme);
        if (theme is { Length: <= 100 })
        {
            command.Theme = theme;
        }
        else if (Theme is { } longTheme)
        {
            other = Join(other, "THÉMATIQUE\n" + longTheme);
        }
        command.OtherInformation = other;

        var implementation = Implementation;
        if (Schedule is { } schedule)
        {
            var heading = Sections.First(s => s.Field == FicheSection.Schedule).Heading;
            implementation = Join(implementation, (heading.Length > 0 ? heading.TrimEnd(' ', ':') : "Échéances") + " :\n" + schedule, "\n");
            var jalons = ScheduleJalons(schedule);
            command.Jalons = jalons.Select(j => new JalonInput { Title = j.Title, DueOn = j.DueOn }).ToList();
            command.Deadline = jalons.Count > 0 ? jalons.Max(j => j.DueOn) : null;
        }
        command.Implementation = implementation;
        return command;
    }

    private static string? Join(string? first, string second, string separator = "\n\n") =>
        string.IsNullOrEmpty(first) ? second : first + separator + second;

    private static string? OneLine(string? text) =>
        text is null ? null : string.Join(", ", TextLayout.Items(text));

    /// <summary>Lines of an échéancier that hold one full date: "30/06/2026 : bilan" → a jalon.</summary>
    internal static List<(string Title, DateOnly DueOn)> ScheduleJalons(string schedule)
    {
        var jalons = new List<(string, DateOnly)>();
        foreach (var item in TextLayout.Items(schedule))
        {
            var dates = FicheTextParser.FullDate().Matches(item);
            if (dates.Count != 1 || !DateOnly.TryParseExact(dates[0].Value.Replace('.', '/').Replace('-', '/'), ["d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                continue;
            }
            var title = (item[..dates[0].Index] + " " + item[(dates[0].Index + dates[0].Length)..]).Trim(' ', ':', '-', '–', ',', ';', '.');
            title = FicheTextParser.DateWords().Replace(title, "").Trim(' ', ':', '-', '–', ',');
            if (title.Length is > 0 and <= 300)
            {
                jalons.Add((title, date));
            }
        }
        return jalons;
    }
}

/// <summary>
/// Reads a fiche action from its text (pasted, or extracted from a .docx) the way real fiches are written:
/// headings in capitals or not, with or without accents, singular or plural, "Objectif(s)", combined
/// ("DIAGNOSTIC INITIAL / ENJEUX"), with a trailing colon or with their text on the same line ("Pilote : CCYN");
/// bullets of any kind; numbered missions with their sub-items in "modalités de mise en œuvre"; lines wrapped
/// by a copy. A section it does not know is kept with its heading. Pure: no database, no web.
/// </summary>
public static partial class FicheTextParser
{
    private sealed record Phrase(string[] Words, FicheSection Field, bool Known);

    /// <summary>Headings as fiches write them; compared on their <see cref="ImportLines.Words"/>.</summary>
    private static readonly (FicheSection Field, string[] Headings)[] Headings =
    [
        (FicheSection.Title, ["Intitulé", "Intitulé de l'action", "Titre", "Titre de l'action", "Nom de l'action", "Libellé de l'action"]),
        (FicheSection.Theme, ["Thématique", "Thème", "Champ d'intervention", "Domaine d'intervention", "Thématique CTG"]),
        (FicheSection.Diagnostic, ["Diagnostic", "Diagnostic initial", "Diagnostic partagé", "Constat", "Constats partagés", "Enjeux",
            "Contexte", "Contexte et enjeux", "État des lieux", "Problématique", "Éléments de diagnostic", "Justification", "Origine de l'action"]),
        (FicheSection.Objective, ["Finalité", "Objectif général", "Objectifs généraux", "Objectif", "But", "Objectif stratégique", "But de l'action"]),
        (FicheSection.OperationalObjectives, ["Objectifs opérationnels", "Objectifs spécifiques", "Sous-objectifs", "Objectifs de l'action",
            "Objectifs opérationnels de l'action"]),
        (FicheSection.Implementation, ["Modalités de mise en œuvre", "Mise en œuvre", "Modalités", "Description", "Description de l'action",
            "Contenu de l'action", "Déroulement", "Déroulement de l'action", "Actions à mener", "Actions à conduire", "Étapes", "Méthode",
            "Méthodologie", "Modalités d'intervention", "Plan d'actions", "Actions"]),
        (FicheSection.Schedule, ["Échéances", "Échéancier", "Calendrier", "Calendrier prévisionnel", "Planning", "Durée", "Période de réalisation",
            "Temporalité", "Date de mise en œuvre", "Calendrier de mise en œuvre"]),
        (FicheSection.TargetAudience, ["Public cible", "Public", "Public concerné", "Public visé", "Bénéficiaires", "Population cible", "Cible",
            "Publics bénéficiaires"]),
        (FicheSection.Pilote, ["Pilote", "Pilote de l'action", "Porteur", "Porteur de l'action", "Porteur de projet", "Responsable",
            "Responsable de l'action", "Référent technique", "Maître d'ouvrage", "Pilotage", "Co-pilote", "Copilote", "Pilote et co-pilote"]),
        (FicheSection.Services, ["Services mobilisés", "Services mobilisés et responsables de l'action", "Services", "Services concernés",
            "Services associés", "Services responsables"]),
        (FicheSection.Partenaires, ["Partenaires", "Partenaires associés", "Partenaires mobilisés", "Partenariat", "Acteurs concernés", "Acteurs",
            "Partenaires concernés", "Partenaires financeurs"]),
        (FicheSection.EluReferent, ["Élu référent", "Élue référente", "Élus référents", "Référent politique", "Élu en charge", "Élu(e) référent(e)"]),
        (FicheSection.Means, ["Moyens", "Moyens mobilisés", "Moyens humains", "Moyens financiers", "Moyens matériels", "Moyens humains et financiers",
            "Budget", "Budget prévisionnel", "Financement", "Financements", "Plan de financement", "Coût", "Coût prévisionnel", "Ressources",
            "Financeurs"]),
        (FicheSection.ExpectedResults, ["Résultats attendus", "Résultats", "Effets attendus", "Impacts attendus", "Produits attendus"]),
        (FicheSection.Indicators, ["Indicateurs d'évaluation", "Indicateurs", "Indicateurs de suivi", "Indicateurs de résultat", "Évaluation",
            "Critères d'évaluation", "Modalités d'évaluation", "Suivi et évaluation", "Indicateurs de suivi et d'évaluation", "Modalités de suivi"]),
        // Known headings with no field of their own: kept in "Autres informations" without a warning.
        (FicheSection.Other, ["Axe", "Axe stratégique", "Territoire concerné", "Territoire", "Communes concernées", "Lien avec d'autres dispositifs",
            "Articulation avec les dispositifs", "Statut", "État d'avancement", "Priorité", "Observations", "Commentaires", "Points de vigilance",
            "Risques", "Freins", "Leviers"]),
    ];

    private static readonly Dictionary<string, Phrase[]> PhrasesByFirstWord;
    private static readonly HashSet<string> Vocabulary;

    static FicheTextParser()
    {
        var phrases = Headings
            .SelectMany(h => h.Headings.Select(text => new Phrase(ImportLines.Words(text).ToArray(), h.Field, true)))
            .DistinctBy(p => string.Join(' ', p.Words))
            .ToList();
        PhrasesByFirstWord = phrases.GroupBy(p => p.Words[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Words.Length).ToArray());
        Vocabulary = phrases.SelectMany(p => p.Words).ToHashSet();
    }

    /// <summary>The French name of a field, as the review page shows where a section went.</summary>
    public static string Label(FicheSection field) => field switch
    {
        FicheSection.Title => "Intitulé",
        FicheSection.Theme => "Thématique",
        FicheSection.Diagnostic => "Diagnostic initial / enjeux",
        FicheSection.Objective => "Finalité / objectif général",
        FicheSection.OperationalObjectives => "Objectifs opérationnels",
        FicheSection.Implementation => "Modalités de mise en œuvre (et missions)",
        FicheSection.Schedule => "Modalités de mise en œuvre (échéances et jalons)",
        FicheSection.TargetAudience => "Public cible",
        FicheSection.Pilote => "Pilote / porteur",
        FicheSection.Services => "Services mobilisés",
        FicheSection.Partenaires => "Partenaires",
        FicheSection.EluReferent => "Élu(e) référent(e)",
        FicheSection.Means => "Moyens",
        FicheSection.ExpectedResults => "Résultats attendus",
        FicheSection.Indicators => "Indicateurs d'évaluation",
        _ => "Autres informations",
    };

    private sealed class RawSection(string heading, FicheSection field)
    {
        public string Heading { get; } = heading;
        public FicheSection Field { get; } = field;
        public List<string> Lines { get; } = [];
    }

    public static ParsedFiche Parse(string text)
    {
        var lines = ImportLines.Split(text ?? "");
        for (var i = 0; i < lines.Count; i++)
        {
            lines[i] = ImportLines.Tidy(lines[i]);
        }
        var warnings = new List<string>();

        // The "Fiche action n°…" line: among the first lines, before the first heading of a field.
        var numberLine = -1;
        string? number = null, title = null;
        for (int i = 0, seen = 0; i < lines.Count && seen < 15; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }
            seen++;
            var match = FicheLine().Match(lines[i]);
            if (match.Success)
            {
                numberLine = i;
                number = match.Groups["num"].Value;
                var inline = match.Groups["title"].Value.Trim();
                title = inline.Length > 0 ? inline : null;
                break;
            }
            if (Heading(lines[i]) is { Field: not FicheSection.Other })
            {
                break;
            }
        }

        var sections = new List<RawSection>();
        var current = new RawSection("", FicheSection.Other);
        sections.Add(current);
        var expectTitle = numberLine >= 0 && title is null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (i == numberLine)
            {
                continue;
            }
            if (line.Length == 0)
            {
                current.Lines.Add("");
                continue;
            }
            var heading = Heading(line);
            if (expectTitle && i > numberLine)
            {
                expectTitle = false;
                if (heading is null)
                {
                    title = line;
                    // A long title wrapped over two lines.
                    while (i + 1 < lines.Count && ImportLines.Continues(title, lines[i + 1]) && Heading(lines[i + 1]) is null)
                    {
                        title += " " + lines[++i];
                    }
                    continue;
                }
            }
            if (heading is { } found)
            {
                current = new RawSection(found.Heading, found.Field);
                sections.Add(current);
                if (found.Inline is { Length: > 0 } inline)
                {
                    current.Lines.Add(inline);
                }
                continue;
            }
            current.Lines.Add(line);
        }

        var parsed = new List<ParsedSection>();
        var missions = new List<ParsedMission>();
        foreach (var section in sections)
        {
            var content = Content(section.Lines);
            if (section.Field == FicheSection.Title)
            {
                var named = string.Join(" ", content.Select(ImportLines.WithoutMarker));
                if (named.Length > 0)
                {
                    title = named;
                }
                parsed.Add(new ParsedSection(section.Heading, section.Field, named));
                continue;
            }
            if (section.Field == FicheSection.Implementation && missions.Count == 0)
            {
                var (rest, found) = Missions(content);
                missions.AddRange(found);
                content = rest;
            }
            if (section.Heading.Length == 0 && content.Count == 0)
            {
                continue;
            }
            parsed.Add(new ParsedSection(section.Heading, section.Field, string.Join("\n", content)));
        }

        if (title is null && number is null && parsed.FirstOrDefault() is { Heading.Length: 0 } preamble
            && parsed.Any(s => s.Field != FicheSection.Other))
        {
            // No "Fiche action n°" line: the first line of text before the first heading is the title.
            var first = preamble.Text.Split('\n')[0];
            if (!ImportLines.IsListItem(first) && first.Length <= 300)
            {
                title = first;
                var rest = preamble.Text[first.Length..].TrimStart('\n');
                parsed[0] = preamble with { Text = rest };
                if (rest.Length == 0)
                {
                    parsed.RemoveAt(0);
                }
            }
        }

        if (number is null)
        {
            warnings.Add("Le numéro de la fiche n'a pas été trouvé (ligne « Fiche action n° … ») : indiquez-le avant d'enregistrer.");
        }
        if (string.IsNullOrWhiteSpace(title))
        {
            warnings.Add("L'intitulé de la fiche n'a pas été trouvé : indiquez-le avant d'enregistrer.");
        }
        foreach (var section in parsed.Where(s => s.Field == FicheSection.Other))
        {
            warnings.Add(section.Heading.Length == 0
                ? "Du texte précède la première rubrique reconnue : il est conservé dans « Autres informations »."
                : $"La rubrique « {section.Heading} » n'a pas de champ propre : elle est conservée avec son titre dans « Autres informations ».");
        }
        foreach (var group in parsed.Where(s => s.Field is not FicheSection.Other and not FicheSection.Title).GroupBy(s => s.Field).Where(g => g.Count() > 1))
        {
            warnings.Add($"Plusieurs rubriques vont dans « {Label(group.Key)} » ({string.Join(", ", group.Select(s => $"« {s.Heading} »"))}) : leurs textes sont mis bout à bout.");
        }
        if (parsed.FirstOrDefault(s => s.Field == FicheSection.Pilote) is not null && (ParsedPiloteTooLong(parsed)))
        {
            warnings.Add("Le texte de la rubrique pilote est trop long pour le champ « Pilote / porteur » : il est placé dans « Services mobilisés ».");
        }

        return new ParsedFiche
        {
            Number = number,
            Title = title?.Trim(),
            Sections = parsed,
            Missions = missions,
            Warnings = warnings,
        };
    }

    private static bool ParsedPiloteTooLong(List<ParsedSection> sections)
    {
        var pilote = string.Join(", ", sections.Where(s => s.Field == FicheSection.Pilote).SelectMany(s => TextLayout.Items(s.Text)));
        return pilote.Length > 200;
    }

    /// <summary>A heading recognised on a line: the heading as written, its field, and text that followed a colon.</summary>
    internal readonly record struct FoundHeading(string Heading, FicheSection Field, string? Inline);

    internal static FoundHeading? Heading(string line)
    {
        if (line.Length is 0 or > 160 || ImportLines.BulletContent(line) is not null)
        {
            return null;
        }
        // "1. DIAGNOSTIC", "II – OBJECTIFS": numbered headings, when what follows is a heading by itself.
        var numbering = HeadingNumber().Match(line);
        var body = numbering.Success ? line[numbering.Length..] : line;

        var colon = body.IndexOf(':');
        var head = colon >= 0 ? body[..colon].TrimEnd() : body;
        var inline = colon >= 0 ? body[(colon + 1)..].Trim() : "";
        if (head.Length == 0 || head[^1] is '.' or ';' or ',' or '!' or '?')
        {
            return null;
        }
        var words = HeadingWords(head);
        if (words.Count == 0)
        {
            return null;
        }
        var phrase = Longest(words);
        var capitals = ImportLines.IsCapitals(head);
        // "Les constats partagés font apparaître :" is a sentence, not the heading "Constats partagés".
        var sentence = !capitals && ImportLines.StartsWithSmallWord(head);
        var headEnd = (numbering.Success ? numbering.Length : 0) + (colon >= 0 ? colon : body.Length);
        if (inline.Length == 0)
        {
            if (phrase is not null)
            {
                var rest = words.Count - phrase.Words.Length;
                var exact = rest == 0
                    || capitals
                    || (colon >= 0 && rest <= 3 && !sentence)
                    || (head.Contains('/') && HeadingWords(head[..head.IndexOf('/')]) is var segment && segment.Count > 0
                        && Longest(segment) is { } first && first.Words.Length == segment.Count && first.Field == phrase.Field);
                if (exact && (!numbering.Success || rest == 0 || capitals))
                {
                    return new FoundHeading(Display(line[..headEnd]), phrase.Field, null);
                }
                return null;
            }
            // A heading the importer does not know: a short line in capitals with a real word in it.
            if (!numbering.Success && capitals && words.Count <= 12 && words.Any(w => w.Length >= 5) && !char.IsDigit(head[0]))
            {
                return new FoundHeading(Display(line[..headEnd]), FicheSection.Other, null);
            }
            return null;
        }
        // "Pilote : CCYN" — a short heading and its text on one line. With a qualifier ("Moyens humains : 1 ETP"),
        // the whole line is the text, so that the qualifier is not lost.
        if (phrase is not null && !numbering.Success && !sentence && words.Count - phrase.Words.Length <= 2 && head.Length <= 60)
        {
            var qualified = words.Count > phrase.Words.Length;
            return new FoundHeading(head.Trim(), phrase.Field, qualified ? body : inline);
        }
        return null;
    }

    private static string Display(string head) => head.Trim().TrimEnd(':').TrimEnd();

    private static List<string> HeadingWords(string head)
    {
        var words = ImportLines.Words(head);
        for (var i = 0; i < words.Count; i++)
        {
            // A lost apostrophe: "DEVALUATION", "LACTION".
            var word = words[i];
            if (!Vocabulary.Contains(word) && word.Length > 4 && word[0] is 'd' or 'l' && Vocabulary.Contains(word[1..]))
            {
                words[i] = word[1..];
            }
        }
        return words;
    }

    private static Phrase? Longest(List<string> words)
    {
        if (!PhrasesByFirstWord.TryGetValue(words[0], out var candidates))
        {
            return null;
        }
        foreach (var phrase in candidates)
        {
            if (phrase.Words.Length > words.Count)
            {
                continue;
            }
            var matches = true;
            for (var i = 1; i < phrase.Words.Length && matches; i++)
            {
                matches = phrase.Words[i] == words[i];
            }
            if (matches)
            {
                return phrase;
            }
        }
        return null;
    }

    /// <summary>A section's lines as stored: list markers rewritten, wrapped lines joined, blank lines dropped.</summary>
    private static List<string> Content(List<string> lines)
    {
        var content = new List<string>();
        var previousBlank = true;
        foreach (var raw in lines)
        {
            if (raw.Length == 0)
            {
                previousBlank = true;
                continue;
            }
            foreach (var part in ImportLines.SplitMergedBullets(raw))
            {
                var line = ImportLines.WithLayoutMarker(part);
                if (!previousBlank && content.Count > 0 && ImportLines.Continues(content[^1], line))
                {
                    content[^1] += " " + line;
                }
                else
                {
                    content.Add(line);
                }
                previousBlank = false;
            }
        }
        return content;
    }

    /// <summary>
    /// "1. Impulser…" followed by bullets, "2. Animer…"…: the missions of modalités de mise en œuvre. The text
    /// before the first one stays; so does text after a mission's bullets. Numbered lines with no bullets under
    /// any of them are an ordinary numbered list, kept as it is.
    /// </summary>
    private static (List<string> Remaining, List<ParsedMission> Found) Missions(List<string> content)
    {
        var rest = new List<string>();
        var missions = new List<(string Title, List<string> Items)>();
        var anyItems = false;
        var closed = false;
        foreach (var line in content)
        {
            var numbered = ImportLines.NumberedItem(line) ?? MissionLine(line);
            if (numbered is { } mission)
            {
                missions.Add((mission.Text.Trim(), []));
                closed = false;
                continue;
            }
            if (missions.Count == 0 || closed)
            {
                rest.Add(line);
                continue;
            }
            var items = missions[^1].Items;
            if (ImportLines.IsListItem(line))
            {
                items.Add(ImportLines.WithoutMarker(line));
                anyItems = true;
            }
            else if (items.Count == 0)
            {
                // A sentence that describes the mission before its sub-items.
                items.Add(line);
            }
            else
            {
                // A paragraph after a mission's bullets: the missions are over, the text goes back to modalités.
                closed = true;
                rest.Add(line);
            }
        }
        if (!anyItems)
        {
            return (content, []);
        }
        return (rest, missions.Select(m => new ParsedMission(m.Title, m.Items)).ToList());
    }

    private static (int Number, string Text)? MissionLine(string line)
    {
        var match = MissionHeading().Match(line);
        return match.Success ? (int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture), match.Groups["title"].Value) : null;
    }

    /// <summary>"Fiche Action 17", "FICHE ACTION N°3 :", "Fiche n° 2.3 – Titre", "Fiche-action n°5", "FA 3 - Titre".</summary>
    [GeneratedRegex(@"^(?:fiches?[\s\-]*actions?|fiche|fa)\s*(?:n\s*[°º]|n[o°º]\.?|n\.|num[ée]ro|#)?\s*(?<num>\d{1,3}(?:[.\-]\d{1,3}){0,3}[a-zA-Z]?)(?=$|[\s:.\-–—)])\.?\s*(?:[:\-–—)]\s*)?(?<title>.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex FicheLine();

    [GeneratedRegex(@"^(?:\d{1,2}|[IVX]{1,4})\s*[.)\-–—]\s*(?=\p{L})")]
    private static partial Regex HeadingNumber();

    [GeneratedRegex(@"^mission\s*(?:n\s*[°º])?\s*(?<n>\d{1,2})\s*[:.\-–—)]\s*(?<title>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MissionHeading();

    [GeneratedRegex(@"\b\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}\b")]
    internal static partial Regex FullDate();

    [GeneratedRegex(@"^(?:le|au|avant le|d'ici le|pour le)\s+|\s+(?:le|au|avant le|d'ici le|pour le)$", RegexOptions.IgnoreCase)]
    internal static partial Regex DateWords();
}
