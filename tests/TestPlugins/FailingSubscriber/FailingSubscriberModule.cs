using Ctg.Sdk;
using Ctg.Sdk.Messages.Governance;
using MediatR;
using Microsoft.Extensions.Configuration;

namespace TestPlugins.FailingSubscriber;

/// <summary>
/// A plugin that subscribes to the séances Governance records as held, and fails while it is configured
/// broken: to show that a failing subscriber neither fails the person's request nor loses the event.
/// </summary>
public sealed class FailingSubscriberModule : CtgModule
{
    public const string Id = "essai-abonne";

    /// <summary>While true (the default), the subscriber throws.</summary>
    public const string BrokenSetting = "Modules:" + Id + ":EnPanne";

    /// <summary>The file of the data folder where the subscriber notes, one a line, the séances it received.</summary>
    public const string ReceivedFile = "essai-abonne.txt";

    public override ModuleManifest Manifest { get; } =
        new(Id, "Essai : abonné en panne", "1.0.0", "Reçoit les séances tenues ; échoue tant qu'il est réglé en panne.", []);
}

internal sealed class SeanceHeldSubscriber(IConfiguration configuration) : INotificationHandler<SeanceHeld>
{
    public Task Handle(SeanceHeld notification, CancellationToken cancellationToken)
    {
        if (configuration.GetValue(FailingSubscriberModule.BrokenSetting, true))
        {
            throw new InvalidOperationException($"Abonné d'essai en panne (séance {notification.SeanceId}).");
        }
        var folder = configuration["Ctg:DataDirectory"] ?? throw new InvalidOperationException("Ctg:DataDirectory manque.");
        return File.AppendAllTextAsync(Path.Combine(folder, FailingSubscriberModule.ReceivedFile), notification.SeanceId + Environment.NewLine, cancellationToken);
    }
}
