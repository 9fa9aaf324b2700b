using System.Text;
using Ctg.Modules.Governance.Domain;

namespace Ctg.Modules.Governance.Directory;

/// <summary>An organisation already in the directory, as the import needs it.</summary>
public sealed record ExistingOrganisation(Guid Id, string Name, OrganisationType Type);

/// <summary>What the directory holds when a file is checked: its organisations and the e-mails already used.</summary>
public sealed record DirectorySnapshot(IReadOnlyList<ExistingOrganisation> Organisations, IReadOnlyCollection<string> Emails)
{
    public static readonly DirectorySnapshot Empty = new([], []);
}

/// <summary>A person read from a line of the file, ready to be created.</summary>
/// <param name="OrganisationId">The existing organisation, or null for a new one (see <see cref="NewOrganisation"/>) or none.</param>
public sealed record ImportedPerson(
    int Line,
    string FirstName,
    string LastName,
    string? Function,
    string? Email,
    string? Phone,
    string? Interests,
    string? OrganisationName,
    Guid? OrganisationId,
    bool NewOrganisation);

/// <summary>An organisation the import will create, named by the file, first seen on <paramref name="Line"/>.</summary>
public sealed record NewOrganisation(string Name, OrganisationType Type, int Line);

/// <summary>A problem that stops the import, where the person can find it in their spreadsheet.</summary>
public sealed record ImportError(int? Line, string? Column, string Message)
{
    public string Text => (Line, Column) switch
    {
        (null, _) => Message,
        (_, null) => $"Ligne {Line} : {Message}",
        _ => $"Ligne {Line}, colonne {Column} : {Message}",
    };

    public override string ToString() => Text;
}

/// <summary>The result of reading a file: what would be created, and what prevents it.</summary>
public sealed record ImportPreview(
    char? Separator,
    IReadOnlyList<ImportedPerson> Persons,
    IReadOnlyList<NewOrganisation> NewOrganisations,
    IReadOnlyList<string> IgnoredColumns,
    IReadOnlyList<ImportError> Errors)
{
    public bool CanSave => Errors.Count == 0 && Persons.Count > 0;

    public static ImportPreview Refused(string message) => new(null, [], [], [], [new ImportError(null, null, message)]);
}

/// <summary>
/// Reads persons from a CSV text as coordinators make them: ";" or "," between values, quotes around values
/// that hold a separator, headers in any order and spelled as people spell them ("Prénom" or "Prenom",
/// "Courriel" or "E-mail"), empty lines. Pure: it gets what the directory holds and returns rows and
/// errors; it writes nothing. Every error names its line and column as the spreadsheet shows them.
/// </summary>
public static class PersonCsvImport
{
    public enum Field
    {
        LastName,
        FirstName,
        Function,
        Organisation,
        OrganisationType,
        Email,
        Phone,
        Interests,
    }

    /// <summary>The names a column is recognised by, once accents, case, spaces and punctuation are set aside.</summary>
    private static readonly Dictionary<string, Field> HeaderNames = new()
    {
        ["nom"] = Field.LastName,
        ["nomdefamille"] = Field.LastName,
        ["nomdusage"] = Field.LastName,
        ["prenom"] = Field.FirstName,
        ["fonction"] = Field.Function,
        ["poste"] = Field.Function,
        ["qualite"] = Field.Function,
        ["organisation"] = Field.Organisation,
        ["organisme"] = Field.Organisation,
        ["structure"] = Field.Organisation,
        ["typedorganisation"] = Field.OrganisationType,
        ["typeorganisation"] = Field.OrganisationType,
        ["typedestructure"] = Field.OrganisationType,
        ["typedorganisme"] = Field.OrganisationType,
        ["type"] = Field.OrganisationType,
        ["courriel"] = Field.Email,
        ["email"] = Field.Email,
        ["mail"] = Field.Email,
        ["mel"] = Field.Email,
        ["adressemail"] = Field.Email,
        ["adresseemail"] = Field.Email,
        ["adressecourriel"] = Field.Email,
        ["adresseelectronique"] = Field.Email,
        ["telephone"] = Field.Phone,
        ["tel"] = Field.Phone,
        ["portable"] = Field.Phone,
        ["thematiques"] = Field.Interests,
        ["thematique"] = Field.Interests,
        ["thematiquesdinteret"] = Field.Interests,
        ["interets"] = Field.Interests,
        ["interet"] = Field.Interests,
        ["centresdinteret"] = Field.Interests,
        ["themes"] = Field.Interests,
    };

    /// <summary>The name a column is given in messages when the file does not have it.</summary>
    public static string Label(Field field) => field switch
    {
        Field.LastName => "Nom",
        Field.FirstName => "Prénom",
        Field.Function => "Fonction",
        Field.Organisation => "Organisation",
        Field.OrganisationType => "Type d'organisation",
        Field.Email => "Courriel",
        Field.Phone => "Téléphone",
        _ => "Thématiques",
    };

    private static readonly Dictionary<Field, int> MaxLengths = new()
    {
        [Field.LastName] = 100,
        [Field.FirstName] = 100,
        [Field.Function] = 200,
        [Field.Organisation] = 200,
        [Field.Email] = 200,
        [Field.Phone] = 40,
        [Field.Interests] = 500,
    };

    public static string ExpectedHeaders => string.Join(" ; ", Enum.GetValues<Field>().Select(Label));

    public static ImportPreview Parse(string? text, DirectorySnapshot directory)
    {
        var checkedText = CsvText.Check(text);
        if (checkedText.Error is { } refused)
        {
            return ImportPreview.Refused(refused);
        }
        text = checkedText.Text!;

        var separator = DetectSeparator(text);
        var (records, syntaxError) = Tokenize(text, separator);
        if (records.Count == 0)
        {
            return ImportPreview.Refused(syntaxError?.Text ?? CsvText.Empty);
        }
        if (records.Count - 1 > CsvText.MaxLines)
        {
            return ImportPreview.Refused(CsvText.TooLarge);
        }

        var errors = new List<ImportError>();
        var header = records[0];
        var columns = new Dictionary<Field, int>();
        var ignored = new List<string>();
        for (var i = 0; i < header.Fields.Count; i++)
        {
            var name = DirectoryRules.Clean(header.Fields[i]);
            if (name.Length == 0)
            {
                continue;
            }
            if (!HeaderNames.TryGetValue(HeaderKey(name), out var field))
            {
                ignored.Add(name);
            }
            else if (!columns.TryAdd(field, i))
            {
                errors.Add(new ImportError(header.Line, name,
                    $"la colonne « {Label(field)} » apparaît deux fois ; gardez-en une seule."));
            }
        }
        if (columns.Count == 0)
        {
            var first = DirectoryRules.Clean(string.Join(" ", header.Fields));
            return ImportPreview.Refused(
                $"La première ligne doit nommer les colonnes ({ExpectedHeaders}) ; aucune n'est reconnue dans « {Shorten(first)} ». Vérifiez que le fichier est bien un tableau CSV avec une ligne d'en-tête.");
        }
        foreach (var required in new[] { Field.LastName, Field.FirstName })
        {
            if (!columns.ContainsKey(required))
            {
                errors.Add(new ImportError(header.Line, null,
                    $"la colonne « {Label(required)} » est absente de la ligne d'en-tête (colonnes attendues : {ExpectedHeaders})."));
            }
        }
        if (syntaxError is not null)
        {
            errors.Add(syntaxError);
        }
        if (errors.Count > 0 && !columns.ContainsKey(Field.LastName))
        {
            return new ImportPreview(separator, [], [], ignored, errors);
        }

        string ColumnName(Field field) => DirectoryRules.Clean(header.Fields[columns[field]]);

        var organisations = new OrganisationIndex(directory.Organisations);
        var emails = new HashSet<string>(directory.Emails.Select(DirectoryRules.EmailKey));
        var emailLines = new Dictionary<string, int>();
        var created = new Dictionary<string, NewOrganisation>();
        var persons = new List<ImportedPerson>();

        foreach (var record in records.Skip(1))
        {
            if (record.Fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }
            var line = record.Line;
            if (MisplacedQuote(record, header.Fields.Count, columns, separator) is { } quoteError)
            {
                errors.Add(quoteError);
                continue;
            }
            var lineErrors = new List<ImportError>();
            if (record.Fields.Count > header.Fields.Count && record.Fields.Skip(header.Fields.Count).Any(f => !string.IsNullOrWhiteSpace(f)))
            {
                lineErrors.Add(new ImportError(line, null,
                    $"cette ligne a {record.Fields.Count} valeurs pour {header.Fields.Count} colonnes. Une valeur contient-elle le séparateur « {separator} » sans être entre guillemets ?"));
            }

            string? Value(Field field)
            {
                if (!columns.TryGetValue(field, out var index) || index >= record.Fields.Count)
                {
                    return null;
                }
                var value = DirectoryRules.CleanOrNull(UserText.Clean(record.Fields[index]));
                if (value is not null && MaxLengths.TryGetValue(field, out var max) && value.Length > max)
                {
                    lineErrors.Add(new ImportError(line, ColumnName(field), $"la valeur dépasse {max} caractères ({value.Length})."));
                }
                return value;
            }

            var lastName = Value(Field.LastName);
            var firstName = Value(Field.FirstName);
            var function = Value(Field.Function);
            var organisationName = Value(Field.Organisation);
            var typeText = Value(Field.OrganisationType);
            var email = Value(Field.Email);
            var phone = Value(Field.Phone);
            var interests = DirectoryRules.CleanInterests(Value(Field.Interests));

            if (lastName is null && columns.ContainsKey(Field.LastName))
            {
                lineErrors.Add(new ImportError(line, ColumnName(Field.LastName), "le nom est obligatoire."));
            }
            if (firstName is null && columns.ContainsKey(Field.FirstName))
            {
                lineErrors.Add(new ImportError(line, ColumnName(Field.FirstName), "le prénom est obligatoire."));
            }
            if (email is not null)
            {
                var key = DirectoryRules.EmailKey(email);
                if (!DirectoryRules.IsEmail(email))
                {
                    lineErrors.Add(new ImportError(line, ColumnName(Field.Email), $"« {email} » n'est pas une adresse valide."));
                }
                else if (emails.Contains(key))
                {
                    lineErrors.Add(new ImportError(line, ColumnName(Field.Email), $"« {email} » est déjà l'adresse d'une personne de l'annuaire."));
                }
                else if (emailLines.TryGetValue(key, out var firstLine))
                {
                    lineErrors.Add(new ImportError(line, ColumnName(Field.Email), $"« {email} » figure déjà ligne {firstLine}."));
                }
                else
                {
                    emailLines[key] = line;
                }
            }
            if (phone is not null && !DirectoryRules.IsPhone(phone))
            {
                lineErrors.Add(new ImportError(line, ColumnName(Field.Phone), $"« {phone} » n'est pas un numéro de téléphone valide."));
            }

            OrganisationType? type = null;
            if (typeText is not null)
            {
                type = OrganisationTypes.Parse(typeText);
                if (type is null)
                {
                    lineErrors.Add(new ImportError(line, ColumnName(Field.OrganisationType),
                        $"« {typeText} » n'est pas un type d'organisation connu ({string.Join(", ", Enum.GetValues<OrganisationType>().Select(t => t.Label()))})."));
                }
            }

            Guid? organisationId = null;
            var isNew = false;
            if (organisationName is not null)
            {
                if (organisations.Find(organisationName) is { } existing)
                {
                    organisationId = existing.Id;
                    organisationName = existing.Name;
                }
                else if (created.TryGetValue(DirectoryRules.NameKey(organisationName), out var pending))
                {
                    isNew = true;
                    organisationName = pending.Name;
                    if (type is not null && type != pending.Type)
                    {
                        lineErrors.Add(new ImportError(line, ColumnName(Field.OrganisationType),
                            $"« {type.Value.Label()} » contredit la ligne {pending.Line}, qui donne à « {pending.Name} » le type « {pending.Type.Label()} »."));
                    }
                }
                else if (type is not null)
                {
                    isNew = true;
                    created[DirectoryRules.NameKey(organisationName)] = new NewOrganisation(organisationName, type.Value, line);
                }
                else if (typeText is null)
                {
                    lineErrors.Add(new ImportError(line, ColumnName(Field.Organisation), columns.ContainsKey(Field.OrganisationType)
                        ? $"« {organisationName} » n'est pas dans l'annuaire ; indiquez son type (colonne {ColumnName(Field.OrganisationType)}) pour la créer."
                        : $"« {organisationName} » n'est pas dans l'annuaire ; ajoutez une colonne « Type d'organisation » pour la créer, ou créez-la d'abord dans l'annuaire."));
                }
            }

            errors.AddRange(lineErrors);
            if (lineErrors.Count == 0)
            {
                persons.Add(new ImportedPerson(line, firstName!, lastName!, function, email, phone, interests, organisationName, organisationId, isNew));
            }
        }

        if (persons.Count == 0 && errors.Count == 0)
        {
            errors.Add(new ImportError(null, null, "Le fichier ne contient que sa ligne d'en-tête : aucune personne à importer."));
        }
        return new ImportPreview(separator, persons, created.Values.OrderBy(o => o.Line).ToList(), ignored, errors);
    }

    /// <summary>The columns whose values may hold a line break: a function or a list of interests written on two lines.</summary>
    private static readonly HashSet<Field> MultiLineFields = [Field.Function, Field.Interests];

    /// <summary>
    /// Why a record whose quoted value runs over several lines is a quote left open rather than a value with a
    /// line break, or null when it is a legitimate one.
    /// </summary>
    /// <remarks>
    /// RFC 4180 lets a quoted value hold line breaks, and spreadsheets write them for a cell typed on two lines
    /// (Alt+Entrée). But a quote opened by mistake (a stray quote before a name) also runs over the next line
    /// break and closes at the next quote of the file, so the lines in between become one value: a file
    /// with one stray quote per line then gives a person for every two lines, named with both. A quoted
    /// value over several lines is taken for such a quote, and the record refused with the lines it spans,
    /// when:
    /// <list type="bullet">
    /// <item>text follows its closing quote (<c>"Martin;Léa⏎"Roy</c>): a real value ends at its quote;</item>
    /// <item>the record then has more values than the header has columns;</item>
    /// <item>it falls in a column that never holds a line break: a name, an e-mail, a phone number, an
    /// organisation or its type;</item>
    /// <item>one of the lines it swallows holds as many separators as a whole row of the file.</item>
    /// </list>
    /// Only a function, interests or an ignored column may keep a line break. A quote that never closes is
    /// reported by <see cref="Tokenize"/>, on the line where it opens.
    /// </remarks>
    private static ImportError? MisplacedQuote(Record record, int headerColumns, IReadOnlyDictionary<Field, int> columns, char separator)
    {
        foreach (var span in record.Spans)
        {
            var lines = $"un guillemet ouvert ligne {span.FirstLine} ne se ferme que ligne {span.LastLine}";
            const string Advice = " Un guillemet manque ou est en trop : corrigez-le dans votre tableur, puis recommencez.";
            if (span.TextAfterQuote)
            {
                return new ImportError(record.Line, null, $"{lines}, au milieu d'une valeur.{Advice}");
            }
            if (record.Fields.Count > headerColumns && record.Fields.Skip(headerColumns).Any(f => !string.IsNullOrWhiteSpace(f)))
            {
                return new ImportError(record.Line, null, $"{lines}, et la ligne compte alors {record.Fields.Count} valeurs pour {headerColumns} colonnes.{Advice}");
            }
            var single = columns.Where(c => c.Value == span.Field && !MultiLineFields.Contains(c.Key)).Select(c => (Field?)c.Key).FirstOrDefault();
            if (single is { } field)
            {
                return new ImportError(record.Line, null,
                    $"{lines} : la colonne « {Label(field)} » recevrait une valeur sur {span.LastLine - span.FirstLine + 1} lignes, ce qu'elle ne peut pas contenir.{Advice}");
            }
            var swallowed = record.Fields[span.Field].Split('\n', '\r').Skip(1)
                .FirstOrDefault(part => headerColumns > 2 && part.Count(c => c == separator) >= headerColumns - 1);
            if (swallowed is not null)
            {
                return new ImportError(record.Line, null,
                    $"{lines} et englobe une ligne entière du tableau (« {Shorten(DirectoryRules.Clean(swallowed))} »).{Advice}");
            }
        }
        return null;
    }

    private static string HeaderKey(string header) =>
        new(DirectoryRules.NameKey(header).Where(char.IsLetterOrDigit).ToArray());

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";

    /// <summary>The separator of the header line: the one of ";", "," or tab it holds most, outside quotes.</summary>
    public static char DetectSeparator(string text)
    {
        var counts = new Dictionary<char, int> { [';'] = 0, [','] = 0, ['\t'] = 0 };
        var quoted = false;
        foreach (var c in text.TrimStart('\r', '\n', ' '))
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && (c == '\n' || c == '\r'))
            {
                break;
            }
            else if (!quoted && counts.ContainsKey(c))
            {
                counts[c]++;
            }
        }
        // On a tie (one column, or as many of each), ";" is what French spreadsheets write.
        return counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key == ';' ? 0 : 1).First().Key;
    }

    /// <param name="Line">The line of the file the record starts on.</param>
    /// <param name="Spans">The quoted values of the record that run over several lines of the file.</param>
    public sealed record Record(int Line, IReadOnlyList<string> Fields, IReadOnlyList<QuotedSpan> Spans);

    /// <summary>A quoted value that opens on <paramref name="FirstLine"/> and closes on <paramref name="LastLine"/>.</summary>
    /// <param name="Field">The index of the value in its record.</param>
    /// <param name="TextAfterQuote">Text follows the closing quote before the next separator or line break.</param>
    public sealed record QuotedSpan(int Field, int FirstLine, int LastLine, bool TextAfterQuote);

    /// <summary>
    /// Splits the text into records (RFC 4180: quoted values may hold separators, doubled quotes and line
    /// breaks), each with the line it starts on.
    /// </summary>
    public static (List<Record> Records, ImportError? Error) Tokenize(string text, char separator)
    {
        var records = new List<Record>();
        var fields = new List<string>();
        var spans = new List<QuotedSpan>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        var quoteLine = 1;
        var fieldStart = true;
        // The span of the value being read, once its closing quote is passed; text after it marks the quote as misplaced.
        QuotedSpan? closedSpan = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        quoted = false;
                        if (line > quoteLine)
                        {
                            closedSpan = new QuotedSpan(fields.Count, quoteLine, line, false);
                        }
                    }
                }
                else
                {
                    if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
                    {
                        line++;
                    }
                    field.Append(c);
                }
                continue;
            }
            if (c == '"' && fieldStart)
            {
                quoted = true;
                quoteLine = line;
                fieldStart = false;
            }
            else if (c == separator)
            {
                EndField();
            }
            else if (c == '\r' || c == '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
                EndField();
                records.Add(new Record(recordLine, fields, spans));
                fields = [];
                spans = [];
                line++;
                recordLine = line;
            }
            else
            {
                if (closedSpan is not null && !char.IsWhiteSpace(c))
                {
                    closedSpan = closedSpan with { TextAfterQuote = true };
                }
                field.Append(c);
                fieldStart = false;
            }
        }
        if (quoted)
        {
            return (records, new ImportError(recordLine, null,
                "un guillemet ouvre une valeur qui n'est jamais refermée ; vérifiez les guillemets de cette ligne (le reste du fichier n'a pas pu être lu)."));
        }
        if (field.Length > 0 || fields.Count > 0 || closedSpan is not null)
        {
            EndField();
            records.Add(new Record(recordLine, fields, spans));
        }
        // Leading empty lines before the header are not the header.
        var firstFilled = records.FindIndex(r => r.Fields.Any(f => !string.IsNullOrWhiteSpace(f)));
        return (firstFilled <= 0 ? records : records[firstFilled..], null);

        void EndField()
        {
            if (closedSpan is not null)
            {
                spans.Add(closedSpan);
                closedSpan = null;
            }
            fields.Add(field.ToString());
            field.Clear();
            fieldStart = true;
        }
    }

    /// <summary>Finds an organisation by name, and a commune of the territory also by "Commune de X" or "Mairie de X".</summary>
    private sealed class OrganisationIndex
    {
        private static readonly string[] CommunePrefixes = ["commune de ", "commune d'", "mairie de ", "mairie d'", "ville de ", "ville d'"];

        private readonly Dictionary<string, ExistingOrganisation> _byName = [];
        private readonly Dictionary<string, ExistingOrganisation> _communes = [];

        public OrganisationIndex(IEnumerable<ExistingOrganisation> organisations)
        {
            foreach (var organisation in organisations)
            {
                _byName.TryAdd(DirectoryRules.NameKey(organisation.Name), organisation);
                if (organisation.Type == OrganisationType.Commune)
                {
                    _communes.TryAdd(DirectoryRules.NameKey(organisation.Name), organisation);
                }
            }
        }

        public ExistingOrganisation? Find(string name)
        {
            var key = DirectoryRules.NameKey(name);
            if (_byName.TryGetValue(key, out var found))
            {
                return found;
            }
            var prefix = CommunePrefixes.FirstOrDefault(p => key.StartsWith(p, StringComparison.Ordinal));
            return prefix is not null && _communes.TryGetValue(key[prefix.Length..].Trim(), out var commune) ? commune : null;
        }
    }
}
