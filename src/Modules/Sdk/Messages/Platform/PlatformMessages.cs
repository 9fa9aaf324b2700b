using MediatR;

namespace Ctg.Sdk.Messages.Platform;

/// <summary>
/// Published by the host once the platform is installed for a territory (installation page, setup
/// command or demo), after the installation is saved: modules prepare what they derive from it.
/// </summary>
public sealed record TerritoryInstalled(Territory Territory) : INotification;
