using System.Text.RegularExpressions;
using Ctg.Modules.Methodology.Domain;

namespace Ctg.Modules.Methodology.Import;

/// <summary>A fiche named in an outline: "Fiche 3 : Accueil du jeune enfant".</summary>
public sealed record OutlineFiche(int Line, string Number, string Title);

/// <summary>An axe, enjeu or objectif of an outline, at its depth (0 = top level), with what is under it.</summary>
public sealed class OutlineNode
{
    public required int Line { get; init; }
    public required int Depth { get; init; }
    /// <summary>Numbering as written: "1", "1.2", "A", "II"; null for a bullet or an unnumbered line.</summary>
    public string? Code { get; init; }
    public required string Title { get; set; }
    /// <summary>The word that named the level ("Axe", "Enjeu"…), when the line had one.</summary>
    public string? Keyword { get; init; }
    public List<OutlineNode> Children { get; } = [];
    public List<OutlineFiche> Fiches { get; } = [];
}

/// <summary>A line of the outline that prevents the import, where the person finds it.</summary>
public sealed record OutlineError(int? Line, string Message)
{
    public string Text => Line is null ? Message : $"Ligne {Line} : {Message}";
}

public sealed class PlanOutline
{
    public IReadOnlyList<OutlineNode> Roots { get; init; } = [];
    /// <summary>Fiches written before any axe: placed in the plan without a node.</summary>
    public IReadOnlyList<OutlineFiche> RootFiches { get; init; } = [];
    /// <summary>The word that named each depth ("Axe", "Objectif"…), null where the numbering alone marked it.</summary>
    public IReadOnlyList<string?> LevelNames { get; init; } = [];
    public IReadOnlyList<OutlineError> Errors { get; init; } = [];

    /// <summary>The levels found, unnamed ones as "Niveau n": what the plan's level labels become.</summary>
    public IReadOnlyList<string> Levels => LevelNames.Select((name, depth) => name ?? $"Niveau {depth + 1}").ToList();

    public IEnumerable<OutlineNode> AllNodes => Roots.SelectMany(Flatten);

    public IEnumerable<OutlineFiche> AllFiches => RootFiches.Concat(AllNodes.SelectMany(n => n.Fiches));

    public bool CanImport => Errors.Count == 0 && (Roots.Count > 0 || RootFiches.Count > 0);

    private static IEnumerable<OutlineNode> Flatten(OutlineNode node) => node.Children.SelectMany(Flatten).Prepend(node);
}

/// <summary>
/// Reads the outline of a plan d'actions as people type it: "Axe 1 – …", "AXE 2 :", "Enjeu 1.", "1.", "1.1",
/// "A.", "a)", "I.", bullets, indentation. Each numbering style (or keyword) gets a depth the first time it
/// appears below the current line, and returns to that depth when it appears again, as a reader does;
/// "1.2" sits one level below "1.". Lines naming a fiche ("Fiche 3 : …", "Fiche action n°3 – …", "FA 3 -")
/// are fiches placed under the deepest node above them. Pure: the page checks which fiches exist.
/// </summary>
public static partial class PlanOutlineParser
{
    /// <summary>Non-empty lines of an outline. A plan of 8 axes, 40 objectifs and 150 fiches is about 200.</summary>
    public const int MaxLines = 2_000;

    /// <summary>Characters of one line once tidied: an intitulé is at most 500, its numbering and keyword fit in the rest.</summary>
    public const int MaxLineLength = 600;

    /// <summary>Axes, objectifs… of a plan, the existing ones and the imported ones together.</summary>
    public const int MaxNodes = 500;

    /// <summary>Fiches named in one outline.</summary>
    public const int MaxFiches = 1_000;

    /// <summary>The limits in the words the import page shows them.</summary>
    public static string LimitsText =>
        $"au plus {French(MaxLines)} lignes, {French(MaxLineLength)} caractères par ligne, {French(MaxNodes)} éléments (axes, objectifs…) dans le plan "
        + $"avec ceux qu'il contient déjà, {French(MaxFiches)} fiches et {Plan.MaxDepth} niveaux";

    private static string French(int number) => number.ToString("N0", Sdk.French.Culture);

    private static readonly (string Key, string Label)[] Keywords =
    [
        ("sous axe", "Sous-axe"),
        ("axe strategique", "Axe stratégique"),
        ("axe", "Axe"),
        ("enjeu", "Enjeu"),
        ("objectif strategique", "Objectif stratégique"),
        ("objectif operationnel", "Objectif opérationnel"),
        ("objectif general", "Objectif général"),
        ("objectif specifique", "Objectif spécifique"),
        ("objectif", "Objectif"),
        ("orientation strategique", "Orientation stratégique"),
        ("orientation", "Orientation"),
        ("thematique", "Thématique"),
        ("champ", "Champ"),
        ("volet", "Volet"),
        ("priorite", "Priorité"),
        ("programme", "Programme"),
        ("mesure", "Mesure"),
        ("domaine", "Domaine"),
    ];

    private sealed record Entry(string Style, int Indent, OutlineNode Node);

    public static PlanOutline Parse(string text)
    {
        var roots = new List<OutlineNode>();
        var rootFiches = new List<OutlineFiche>();
        var levelNames = new List<string?>();
        var errors = new List<OutlineError>();
        var stack = new List<Entry>();
        var numbers = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var lines = ImportLines.Split(text ?? "");
        var written = lines.Count(l => !string.IsNullOrWhiteSpace(l));
        if (written > MaxLines)
        {
            // Refused before parsing: a plan page built from ten thousand lines is unusable, and so is a list of their errors.
            return new PlanOutline
            {
                Errors = [new(null, $"Le texte compte {French(written)} lignes ; un import de plan en compte {LimitsText}. Importez un plan plus court, ou en plusieurs parties.")],
            };
        }
        var nodeCount = 0;
        object? last = null;
        for (var index = 0; index < lines.Count; index++)
        {
            var lineNumber = index + 1;
            var indent = ImportLines.Indent(lines[index]);
            var line = ImportLines.Tidy(lines[index]);
            if (line.Length == 0)
            {
                last = null;
                continue;
            }
            if (line.Length > MaxLineLength)
            {
                errors.Add(new(lineNumber, $"la ligne compte {French(line.Length)} caractères ; une ligne en compte au plus {French(MaxLineLength)}."));
                continue;
            }

            var fiche = FicheTextParser.FicheLine().Match(StripBullet(line));
            if (fiche.Success)
            {
                var number = fiche.Groups["num"].Value;
                var title = fiche.Groups["title"].Value.Trim();
                if (number.Length > 20)
                {
                    errors.Add(new(lineNumber, $"le numéro de fiche « {number} » dépasse 20 caractères."));
                    continue;
                }
                if (title.Length > 300)
                {
                    errors.Add(new(lineNumber, $"l'intitulé de la fiche {number} dépasse 300 caractères."));
                    continue;
                }
                if (numbers.TryGetValue(number, out var first))
                {
                    errors.Add(new(lineNumber, $"la fiche n° {number} apparaît déjà ligne {first} : une fiche n'a qu'une place dans un plan."));
                    continue;
                }
                if (numbers.Count == MaxFiches)
                {
                    errors.Add(new(lineNumber, $"l'import dépasse {French(MaxFiches)} fiches, la limite d'un import de plan."));
                    break;
                }
                numbers[number] = lineNumber;
                var outlineFiche = new OutlineFiche(lineNumber, number, title);
                var parent = stack.LastOrDefault(e => e.Indent <= indent) ?? stack.LastOrDefault();
                if (parent is null)
                {
                    rootFiches.Add(outlineFiche);
                }
                else
                {
                    parent.Node.Fiches.Add(outlineFiche);
                }
                last = outlineFiche;
                continue;
            }

            var (style, code, nodeTitle, keyword) = Classify(line, indent, stack);
            // A title wrapped over two lines.
            if (last is OutlineNode previous && style.StartsWith("p@", StringComparison.Ordinal) && char.IsLower(line[0])
                && previous.Title.Length > 0 && previous.Title[^1] is not ('.' or ':' or ';'))
            {
                previous.Title += " " + line;
                continue;
            }
            var found = stack.FindLastIndex(e => e.Style == style);
            int depth;
            if (found >= 0)
            {
                depth = found;
                stack.RemoveRange(found, stack.Count - found);
            }
            else
            {
                while (stack.Count > 0 && stack[^1].Indent > indent && !stack[^1].Style.StartsWith('k'))
                {
                    stack.RemoveAt(stack.Count - 1);
                }
                depth = stack.Count;
            }
            if (depth >= Plan.MaxDepth)
            {
                errors.Add(new(lineNumber, $"« {line} » serait au niveau {depth + 1} ; un plan a au plus {Plan.MaxDepth} niveaux. Vérifiez la numérotation ou l'indentation."));
                continue;
            }
            if (nodeTitle.Length == 0)
            {
                nodeTitle = code is null ? line : (keyword ?? "") + " " + code;
            }
            if (nodeTitle.Length > 500)
            {
                errors.Add(new(lineNumber, "l'intitulé dépasse 500 caractères."));
                continue;
            }
            if (code is { Length: > 20 })
            {
                errors.Add(new(lineNumber, $"la numérotation « {code} » dépasse 20 caractères."));
                continue;
            }
            if (++nodeCount > MaxNodes)
            {
                errors.Add(new(lineNumber, $"l'import dépasse {French(MaxNodes)} éléments (axes, objectifs…), la limite d'un plan."));
                break;
            }
            var node = new OutlineNode { Line = lineNumber, Depth = depth, Code = code, Title = nodeTitle.Trim(), Keyword = keyword };
            if (depth == 0)
            {
                roots.Add(node);
            }
            else
            {
                stack[depth - 1].Node.Children.Add(node);
            }
            stack.Add(new Entry(style, indent, node));
            while (levelNames.Count <= depth)
            {
                levelNames.Add(null);
            }
            levelNames[depth] ??= keyword;
            last = node;
        }
        if (errors.Count == 0 && roots.Count == 0 && rootFiches.Count == 0)
        {
            errors.Add(new(null, "Aucun axe, objectif ni fiche n'a été reconnu dans ce texte : écrivez une ligne par axe (« Axe 1 – … », « 1. … », « A. … ») et une ligne par fiche (« Fiche 3 : … »)."));
        }
        return new PlanOutline { Roots = roots, RootFiches = rootFiches, LevelNames = levelNames, Errors = errors };
    }

    private static string StripBullet(string line) => ImportLines.BulletContent(line) ?? line;

    /// <summary>The style a line is numbered in (its identity for depth), its code, title and keyword.</summary>
    private static (string Style, string? Code, string Title, string? Keyword) Classify(string line, int indent, List<Entry> stack)
    {
        var keyword = KeywordLine().Match(line);
        if (keyword.Success)
        {
            var key = string.Join(' ', ImportLines.Words(keyword.Groups["kw"].Value));
            var label = Keywords.FirstOrDefault(k => k.Key == key).Label ?? keyword.Groups["kw"].Value;
            var code = keyword.Groups["code"].Value;
            return ("k:" + key, code.Length > 0 ? code : null, keyword.Groups["title"].Value.Trim(), label);
        }
        var dotted = Dotted().Match(line);
        if (dotted.Success)
        {
            var code = dotted.Groups["code"].Value;
            return ("d" + code.Count(c => c == '.'), code, dotted.Groups["title"].Value.Trim(), null);
        }
        var decimalNumber = DecimalNumber().Match(line);
        if (decimalNumber.Success)
        {
            return ("d0", decimalNumber.Groups["code"].Value, decimalNumber.Groups["title"].Value.Trim(), null);
        }
        var roman = Roman().Match(line);
        if (roman.Success)
        {
            var code = roman.Groups["code"].Value;
            // "C." after "B.", "I." after "H.": a letter that continues a lettered list, not a roman numeral.
            var letters = stack.FindLast(e => e.Style == "A");
            var continuesLetters = code.Length == 1 && letters?.Node.Code is [var previous] && previous + 1 == code[0];
            if (!continuesLetters)
            {
                return ("I", code, roman.Groups["title"].Value.Trim(), null);
            }
        }
        var upper = UpperLetter().Match(line);
        if (upper.Success)
        {
            return ("A", upper.Groups["code"].Value, upper.Groups["title"].Value.Trim(), null);
        }
        var lower = LowerLetter().Match(line);
        if (lower.Success)
        {
            return ("a", lower.Groups["code"].Value, lower.Groups["title"].Value.Trim(), null);
        }
        var bullet = BulletLine().Match(line);
        if (bullet.Success)
        {
            // Bullets of different shapes, or indented differently, are different levels.
            var shape = bullet.Groups["b"].Value is "–" or "—" ? "-" : bullet.Groups["b"].Value;
            return ("b" + shape + "@" + indent, null, bullet.Groups["title"].Value.Trim(), null);
        }
        // The indentation is part of the style of bullets and plain lines only: numbering says the depth by itself.
        return ("p@" + indent, null, line, null);
    }

    [GeneratedRegex(@"^(?<kw>sous[\s\-]axes?|axes?(?:\s+strat[ée]giques?)?|enjeux?|objectifs?(?:\s+(?:strat[ée]giques?|op[ée]rationnels?|g[ée]n[ée]ra(?:l|ux)|sp[ée]cifiques?))?|orientations?(?:\s+strat[ée]giques?)?|th[ée]matiques?|champs?|volets?|priorit[ée]s?|programmes?|mesures?|domaines?)\b\s*(?:n\s*[°º]\s*)?(?:(?<code>\d{1,3}(?:\.\d{1,3}){0,4}|(?-i:[IVXLC]{1,6}|[A-Z]))\b\.?\s*(?:[:\-–—)]\s*)?|[:\-–—]\s*)(?<title>.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KeywordLine();

    [GeneratedRegex(@"^(?<code>\d{1,3}(?:\.\d{1,3}){1,5})\.?(?:\s*[:\-–—)])?\s+(?<title>.+)$")]
    private static partial Regex Dotted();

    [GeneratedRegex(@"^(?<code>\d{1,3})(?:\s*[.)]|\s+[-–—:])\s*(?<title>\S.*)$")]
    private static partial Regex DecimalNumber();

    [GeneratedRegex(@"^(?<code>[IVXLC]{1,6})\s*[.)\-–—:]\s*(?<title>\S.*)$")]
    private static partial Regex Roman();

    [GeneratedRegex(@"^(?<code>[A-Z])\s*[.)\-–—:]\s*(?<title>\S.*)$")]
    private static partial Regex UpperLetter();

    [GeneratedRegex(@"^(?<code>[a-z])\s*[.)]\s*(?<title>\S.*)$")]
    private static partial Regex LowerLetter();

    [GeneratedRegex(@"^(?<b>[-•*–—▪◦·●■□➢►✓→\uF0B7\uF0A7o])\s+(?<title>\S.*)$")]
    private static partial Regex BulletLine();
}
