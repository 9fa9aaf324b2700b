using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ctg.Host.Territories;

/// <summary>
/// The national list of EPCIs and their communes (package @etalab/decoupage-administratif, reduced by the
/// build into referentiel/epci.json beside the binary). Read on first use and held only weakly: only
/// installation needs it, and once the platform is installed its memory goes back to the collector.
/// </summary>
public sealed class EpciCatalog(string file)
{
    private WeakReference<IReadOnlyList<Epci>>? _all;

    public static EpciCatalog Default() => new(Path.Combine(AppContext.BaseDirectory, "referentiel", "epci.json"));

    public IReadOnlyList<Epci> All
    {
        get
        {
            if (_all?.TryGetTarget(out var all) == true)
            {
                return all;
            }
            var read = Read(file);
            _all = new WeakReference<IReadOnlyList<Epci>>(read);
            return read;
        }
    }

    public Epci? Find(string siren) => All.FirstOrDefault(e => e.Siren == siren.Trim());

    /// <summary>By SIREN (its start) or by words of the name, accents and case ignored.</summary>
    public IReadOnlyList<Epci> Search(string? query, int max = 20)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return [];
        }
        var digits = query.Replace(" ", "");
        if (digits.All(char.IsAsciiDigit))
        {
            return All.Where(e => e.Siren.StartsWith(digits, StringComparison.Ordinal)).Take(max).ToList();
        }
        var words = Fold(query).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return All
            .Where(e => words.All(w => e.SearchKey.Contains(w, StringComparison.Ordinal)))
            .OrderBy(e => e.SearchKey.StartsWith(words[0], StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(e => e.Name, French.Comparer)
            .Take(max)
            .ToList();
    }

    /// <summary>Lower case, no accents, punctuation as spaces: "Communauté d'agglo" → "communaute d agglo".</summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }
        return builder.ToString();
    }

    private static IReadOnlyList<Epci> Read(string file)
    {
        if (!File.Exists(file))
        {
            throw new FileNotFoundException($"Référentiel des EPCI introuvable ({file}) : reconstruisez la plateforme (dotnet build).");
        }
        using var stream = File.OpenRead(file);
        return JsonSerializer.Deserialize<List<Epci>>(stream) ?? [];
    }
}

public sealed record Epci(
    [property: JsonPropertyName("siren")] string Siren,
    [property: JsonPropertyName("nom")] string Name,
    [property: JsonPropertyName("type")] string Kind,
    [property: JsonPropertyName("population")] int Population,
    [property: JsonPropertyName("communes")] IReadOnlyList<EpciCommune> Communes)
{
    [JsonIgnore]
    public string SearchKey { get; } = EpciCatalog.Fold(Name);

    public string KindLabel => Kind switch
    {
        "CC" => "Communauté de communes",
        "CA" => "Communauté d'agglomération",
        "CU" => "Communauté urbaine",
        "METRO" => "Métropole",
        _ => Kind,
    };
}

public sealed record EpciCommune(
    [property: JsonPropertyName("insee")] string InseeCode,
    [property: JsonPropertyName("siren")] string Siren,
    [property: JsonPropertyName("nom")] string Name,
    [property: JsonPropertyName("population")] int Population);
