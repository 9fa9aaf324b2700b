using Ctg.Modules.Dispositifs.Domain;
using Xunit;

namespace Ctg.Modules.Dispositifs.Tests;

public class DispositifReferenceTests
{
    [Fact]
    public void The_reference_other_modules_store_leads_back_to_the_dispositif()
    {
        var dispositif = new Dispositif { Id = Guid.NewGuid() };
        Assert.Equal(dispositif.Id, Dispositif.IdFrom(dispositif.Reference));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("dispositif:pas-un-identifiant")]
    [InlineData("fiche:0f8fad5bd9cb469fa16570867728950e")]
    public void A_foreign_or_damaged_reference_is_not_taken_for_a_dispositif(string? reference)
    {
        Assert.Null(Dispositif.IdFrom(reference));
    }

    [Fact]
    public void Every_kind_has_a_unique_code_and_the_ctg_comes_first()
    {
        Assert.Equal("CTG", DispositifKinds.All[0].Code);
        Assert.Equal(DispositifKinds.All.Count, DispositifKinds.All.Select(k => k.Code).Distinct().Count());
        Assert.Equal("Contrat local de santé", DispositifKinds.LabelOf("CLS"));
    }
}
