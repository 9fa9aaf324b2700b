using Ctg.Modules.Governance.Access;
using Ctg.Modules.Governance.Data;
using Ctg.Modules.Governance.Domain;
using Ctg.Modules.Governance.Seances;
using Ctg.Sdk;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Governance.Pages.Seances;

/// <summary>
/// Loads a séance with everything its pages, print-outs and exports show, in five queries whatever its size;
/// confidential minutes are left out for a reader who may not see them.
/// </summary>
public sealed record LoadSeanceSheet(Guid Id) : IRequest<SeanceSheet?>;

internal sealed class LoadSeanceSheetHandler(GovernanceDbContext db, GovernanceAccess access) : IRequestHandler<LoadSeanceSheet, SeanceSheet?>
{
    public async Task<SeanceSheet?> Handle(LoadSeanceSheet request, CancellationToken cancellationToken)
    {
        var seance = await db.Seances.AsNoTracking()
            .Where(s => s.Id == request.Id)
            .Select(s => new
            {
                s.Id, s.InstanceId, InstanceName = s.Instance.Name, s.Instance.MinutesConfidential, s.Date, s.StartTime, s.EndTime,
                s.Place, s.VideoLink, s.Status, s.MinutesHtml, s.MinutesStatus, s.Version,
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (seance is null)
        {
            return null;
        }
        var readable = await access.CanReadMinutesAsync(new Instance { Id = seance.InstanceId, MinutesConfidential = seance.MinutesConfidential }, cancellationToken);

        var agenda = (await db.AgendaItems.AsNoTracking()
                .Where(a => a.SeanceId == request.Id)
                .OrderBy(a => a.Position)
                .Select(a => new
                {
                    a.Id, a.Position, a.Title, a.PresenterId, a.DurationMinutes, a.FicheReference, a.FicheLabel,
                    First = a.Presenter!.FirstName, Last = a.Presenter.LastName, Anonymised = a.Presenter.AnonymisedAt,
                })
                .ToListAsync(cancellationToken))
            .Select(a => new AgendaLine(a.Id, a.Position, a.Title, a.PresenterId,
                a.PresenterId is null ? null : PersonNames.Of(a.First, a.Last, a.Anonymised), a.DurationMinutes, a.FicheReference, a.FicheLabel))
            .ToList();

        var attendance = (await db.Attendances.AsNoTracking()
                .Where(a => a.SeanceId == request.Id)
                .Select(a => new
                {
                    a.Id, a.PersonId, a.Person.FirstName, a.Person.LastName, a.Person.AnonymisedAt, a.Person.Function,
                    a.IsGuest, a.Status, a.RepresentedById,
                    RepFirst = a.RepresentedBy!.FirstName, RepLast = a.RepresentedBy.LastName, RepAnonymised = a.RepresentedBy.AnonymisedAt,
                    a.OrganisationName,
                })
                .ToListAsync(cancellationToken))
            .Select(a => new AttendanceLine(a.Id, a.PersonId, PersonNames.Of(a.FirstName, a.LastName, a.AnonymisedAt),
                a.AnonymisedAt is null ? a.Function : null, a.IsGuest, a.Status, a.RepresentedById,
                a.RepresentedById is null ? null : PersonNames.Of(a.RepFirst, a.RepLast, a.RepAnonymised), a.OrganisationName))
            .OrderBy(a => a.Name, StringComparer.Create(French.Culture, ignoreCase: true))
            .ToList();

        var decisions = await db.Decisions.AsNoTracking()
            .Where(d => d.SeanceId == request.Id)
            .OrderBy(d => d.Number)
            .Select(d => new { d.Id, d.Number, d.Text })
            .ToListAsync(cancellationToken);
        var followUps = (await db.FollowUps.AsNoTracking()
                .Where(f => f.Decision.SeanceId == request.Id)
                .Select(f => new
                {
                    f.Id, f.DecisionId, f.Action, f.OwnerId, f.DueDate, f.Status, f.DoneOn, f.Version,
                    First = f.Owner!.FirstName, Last = f.Owner.LastName, Anonymised = f.Owner.AnonymisedAt,
                })
                .ToListAsync(cancellationToken))
            .OrderBy(f => f.DueDate ?? DateOnly.MaxValue).ThenBy(f => f.Action)
            .ToLookup(f => f.DecisionId, f => new FollowUpLine(f.Id, f.Action, f.OwnerId,
                f.OwnerId is null ? null : PersonNames.Of(f.First, f.Last, f.Anonymised), f.DueDate, f.Status, f.DoneOn, f.Version));

        return new SeanceSheet(
            seance.Id, seance.InstanceId, seance.InstanceName, seance.MinutesConfidential, seance.Date, seance.StartTime, seance.EndTime,
            seance.Place, seance.VideoLink, seance.Status,
            readable ? seance.MinutesHtml : null, !readable, seance.MinutesStatus, seance.Version,
            agenda, attendance,
            decisions.Select(d => new DecisionLine(d.Id, d.Number, d.Text, followUps[d.Id].ToList())).ToList());
    }
}

/// <summary>A person's name as shown, computed from a projection (EF cannot translate <see cref="Person.DisplayName"/>).</summary>
internal static class PersonNames
{
    public static string Of(string? first, string? last, DateTimeOffset? anonymisedAt) =>
        anonymisedAt is not null ? Person.AnonymousName : $"{first} {last}".Trim();
}

/// <summary>The breadcrumb trail of the séance pages: Gouvernance › instance › séance › page.</summary>
internal static class SeanceTrail
{
    public static string Title(SeanceSheet seance) => $"Séance du {seance.DateLabel}";

    public static void Set(ViewDataDictionary viewData, SeanceSheet seance, string? page = null)
    {
        var gouvernance = new Breadcrumb("Gouvernance", "/gouvernance");
        var instance = new Breadcrumb(seance.InstanceName, $"/gouvernance/instances/{seance.InstanceId}");
        if (page is null)
        {
            viewData.SetTrail(Title(seance), gouvernance, instance);
        }
        else
        {
            viewData.SetTrail(page, gouvernance, instance, new Breadcrumb(Title(seance), $"/gouvernance/seances/{seance.Id}"));
        }
    }
}

internal static class SeanceEditing
{
    /// <summary>
    /// The séance's sheet for a page that edits part of it: "not found" for an unknown séance, "forbidden"
    /// to whoever may not edit its instance, and the breadcrumbs of the step otherwise.
    /// </summary>
    public static async Task<(SeanceSheet? Sheet, IActionResult? Refusal)> OpenForEditAsync(
        this PageModel page, IMediator mediator, GovernanceAccess access, Guid id, string step)
    {
        var cancellationToken = page.HttpContext.RequestAborted;
        var sheet = await mediator.Send(new LoadSeanceSheet(id), cancellationToken);
        if (sheet is null)
        {
            return (null, page.NotFound());
        }
        if (!await access.CanEditInstanceAsync(sheet.InstanceId, cancellationToken))
        {
            return (null, page.Forbid());
        }
        SeanceTrail.Set(page.ViewData, sheet, step);
        return (sheet, null);
    }
}
