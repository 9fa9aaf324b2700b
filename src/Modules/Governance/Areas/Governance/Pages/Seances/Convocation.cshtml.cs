using Ctg.Modules.Governance.Seances;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Modules.Governance.Pages.Seances;

/// <summary>The convocation as a ready-to-send e-mail (to copy), with the invitation file to attach.</summary>
public sealed class ConvocationModel(IMediator mediator) : PageModel
{
    public SeanceSheet Sheet { get; private set; } = null!;
    public string Subject { get; private set; } = "";
    public string Body { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var sheet = await mediator.Send(new LoadSeanceSheet(id), HttpContext.RequestAborted);
        if (sheet is null)
        {
            return NotFound();
        }
        Sheet = sheet;
        Subject = ConvocationText.Subject(sheet);
        Body = ConvocationText.Body(sheet);
        SeanceTrail.Set(ViewData, sheet, "Convocation");
        return Page();
    }
}

/// <summary>The convocation as an iCalendar invitation to open in a calendar application or attach to an e-mail.</summary>
public sealed class ConvocationIcsModel(IMediator mediator) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var sheet = await mediator.Send(new LoadSeanceSheet(id), HttpContext.RequestAborted);
        if (sheet is null)
        {
            return NotFound();
        }
        var page = new Uri($"{Request.Scheme}://{Request.Host}{Request.PathBase}/gouvernance/seances/{id}");
        var ics = ConvocationCalendar.Build(sheet, page);
        return File(System.Text.Encoding.UTF8.GetBytes(ics), "text/calendar; charset=utf-8; method=REQUEST", $"convocation-{sheet.Date:yyyy-MM-dd}.ics");
    }
}

/// <summary>The compte rendu as a Word document; confidential minutes are left out for whoever may not read them.</summary>
public sealed class CompteRenduDocxModel(IMediator mediator) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var sheet = await mediator.Send(new LoadSeanceSheet(id), HttpContext.RequestAborted);
        if (sheet is null)
        {
            return NotFound();
        }
        return File(MinutesDocument.Write(sheet), MinutesDocument.ContentType, $"compte-rendu-{sheet.Date:yyyy-MM-dd}.docx");
    }
}
