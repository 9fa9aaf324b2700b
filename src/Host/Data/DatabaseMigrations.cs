using Microsoft.EntityFrameworkCore;

namespace Ctg.Host.Data;

public static class DatabaseMigrations
{
    /// <summary>
    /// Applies the context's pending migrations. Asking first is cheap (the history table against the
    /// migrations of the assembly); migrating builds the whole model and compares it with the snapshot,
    /// which costs a noticeable part of the start-up for each module when there is nothing to do.
    /// </summary>
    public static void MigrateIfNeeded(DbContext context)
    {
        if (context.Database.GetPendingMigrations().Any())
        {
            context.Database.Migrate();
        }
    }
}
