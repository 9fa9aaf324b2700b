using Ctg.Modules.Governance.Figures;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Modules.Governance.Pages.TableauDeBord;

/// <summary>The dashboard's figures as a file: CSV (Excel in France) or XLSX, one table after another.</summary>
public sealed class ExportModel(IMediator mediator) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string format, [FromQuery(Name = "periode")] string? periode)
    {
        var data = await mediator.Send(new IndexModel.Query(periode), HttpContext.RequestAborted);
        var tables = FigureTables.From(data.Figures);
        var name = $"gouvernance-chiffres-{(data.Selected == IndexModel.CtgPeriod ? "periode-ctg" : data.Selected)}";
        return format switch
        {
            "csv" => File(CsvExport.Write(tables), "text/csv; charset=utf-8", name + ".csv"),
            "xlsx" => File(XlsxExport.Write(tables), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx"),
            _ => NotFound(),
        };
    }
}
