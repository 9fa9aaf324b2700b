using Ctg.Sdk;

namespace Ctg.Modules.Governance.Domain;

public enum OrganisationType
{
    Commune,
    Epci,
    Caf,
    Msa,
    Departement,
    Etat,
    Association,
    Equipement,
    Autre,
}

public static class OrganisationTypes
{
    public static string Label(this OrganisationType type) => type switch
    {
        OrganisationType.Commune => "Commune du territoire",
        OrganisationType.Epci => "Intercommunalité (EPCI)",
        OrganisationType.Caf => "CAF",
        OrganisationType.Msa => "MSA",
        OrganisationType.Departement => "Département",
        OrganisationType.Etat => "État",
        OrganisationType.Association => "Association",
        OrganisationType.Equipement => "Équipement",
        _ => "Autre",
    };

    /// <summary>Reads a type as people type it in a CSV file: "CAF", "commune", "Département"...</summary>
    public static OrganisationType? Parse(string? text)
    {
        var key = Normalise(text);
        return Enum.GetValues<OrganisationType>().Cast<OrganisationType?>()
            .FirstOrDefault(t => Normalise(t.ToString()) == key || Normalise(t!.Value.Label()) == key
                || (t == OrganisationType.Commune && key.StartsWith("commune", StringComparison.Ordinal))
                || (t == OrganisationType.Epci && key.Contains("epci", StringComparison.Ordinal)));
    }

    private static string Normalise(string? text) =>
        new string((text ?? "").Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => char.IsLetterOrDigit(c))
            .Select(char.ToLowerInvariant)
            .ToArray());
}

/// <summary>A commune, the EPCI, the CAF, a partner: where the persons of the directory belong.</summary>
public sealed class Organisation : IVersioned
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public OrganisationType Type { get; set; }
    /// <summary>For a commune of the territory: its INSEE code (from installation).</summary>
    public string? InseeCode { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public int Version { get; set; }
}
