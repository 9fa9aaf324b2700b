using Ctg.Modules.Methodology.Exports;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Modules.Methodology.Pages.Plans;

/// <summary>The plan as a workbook: a row per fiche with its main fields.</summary>
public sealed class XlsxModel(IMediator mediator, IClock clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await mediator.Send(new LoadPlanExport(id, Full: false), HttpContext.RequestAborted) is not { } export)
        {
            return NotFound();
        }
        var bytes = PlanWorkbook.Write(export.LevelColumns(), export.Rows(), clock.Today);
        return File(bytes, PlanWorkbook.ContentType, PlanDocument.FileName(export.Plan.Title, "xlsx"));
    }
}

/// <summary>The plan as the "plan d'actions" annex of a convention, every fiche in full.</summary>
public sealed class DocxModel(IMediator mediator, IClock clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await mediator.Send(new LoadPlanExport(id, Full: true), HttpContext.RequestAborted) is not { } export)
        {
            return NotFound();
        }
        var bytes = PlanDocument.Write(export.Annex(), clock.Today);
        return File(bytes, PlanDocument.ContentType, PlanDocument.FileName(export.Plan.Title, "docx"));
    }
}
