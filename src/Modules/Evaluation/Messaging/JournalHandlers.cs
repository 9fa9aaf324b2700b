using Ctg.Modules.Evaluation.Data;
using Ctg.Modules.Evaluation.Domain;
using Ctg.Sdk;
using Ctg.Sdk.Messages.Governance;
using Ctg.Sdk.Messages.Methodology;
using MediatR;

namespace Ctg.Modules.Evaluation.Messaging;

/// <summary>Keeps what Governance and Methodology announce, as dated observation material.</summary>
internal sealed class JournalHandlers(EvaluationDbContext db, IClock clock) :
    INotificationHandler<SeanceHeld>,
    INotificationHandler<FicheActionCreated>,
    INotificationHandler<FicheStatusChanged>,
    INotificationHandler<JalonReached>
{
    public Task Handle(SeanceHeld notification, CancellationToken cancellationToken) =>
        AddAsync(ModuleIds.Governance, notification.Date, $"Séance tenue : {notification.InstanceName}", cancellationToken);

    public Task Handle(FicheActionCreated notification, CancellationToken cancellationToken) =>
        AddAsync(ModuleIds.Methodology, clock.Today, $"Fiche action créée : n° {notification.Number}, {notification.Title}", cancellationToken);

    public Task Handle(FicheStatusChanged notification, CancellationToken cancellationToken) =>
        AddAsync(ModuleIds.Methodology, notification.On,
            $"Fiche action n° {notification.Number}, {notification.Title} : statut « {notification.OldStatus} » devenu « {notification.NewStatus} »", cancellationToken);

    public Task Handle(JalonReached notification, CancellationToken cancellationToken) =>
        AddAsync(ModuleIds.Methodology, notification.ReachedOn,
            $"Jalon atteint{(notification.Late ? " en retard" : "")} : {notification.Title} (fiche action n° {notification.FicheNumber}, prévu le {notification.DueOn:dd/MM/yyyy})", cancellationToken);

    private async Task AddAsync(string source, DateOnly date, string text, CancellationToken cancellationToken)
    {
        db.Journal.Add(new JournalEntry
        {
            Id = Guid.NewGuid(),
            RecordedAtUtc = clock.Now.UtcDateTime,
            Date = date,
            Source = source,
            Text = text.Length > 500 ? text[..499] + "…" : text,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
