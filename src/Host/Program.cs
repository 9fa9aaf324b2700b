using Autofac;
using Autofac.Extensions.DependencyInjection;
using Ctg.Host.Data;
using Ctg.Host.Demo;
using Ctg.Host.Hosting;
using Ctg.Host.Identity;
using Ctg.Host.Mediation;
using Ctg.Host.Plugins;
using Ctg.Host.Territories;
using Ctg.Host.Web;
using Ctg.Host.Pages.Admin.Utilisateurs;
using Ctg.Sdk;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.EntityFrameworkCore;
using Serilog;
using Serilog.Extensions.Logging;

var command = CommandLine.Parse(args);
if (command.Error is not null)
{
    Console.Error.WriteLine(command.Error);
    Console.Error.WriteLine(CommandLine.Usage);
    return 2;
}

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = command.HostArguments,
    ContentRootPath = ContentRoot.Choose(command.HostArguments),
});
if (command.Demo)
{
    builder.Configuration["Ctg:Demo"] = "true";
}
var settings = CtgSettings.From(builder.Configuration, builder.Environment.ContentRootPath);
Directory.CreateDirectory(settings.DataDirectory);

var serilog = Logging.Create(builder.Configuration, settings);
builder.Services.AddSerilog(serilog, dispose: true);
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
var startupLogger = new SerilogLoggerFactory(serilog).CreateLogger("Ctg.Host");
if (settings.Demo)
{
    startupLogger.LogWarning("Mode démonstration : base {Database}", settings.DatabaseFile);
}

// The host's own data first, then each module's, one after another in dependency order.
var database = new SqliteDatabaseConfigurator(settings.ConnectionString);
builder.Services.AddSingleton<IDatabaseConfigurator>(database);
builder.Services.AddDbContext<HostDbContext>(options => database.Configure(options, HostDbContext.ModuleId));
MigrateHost(database);

var catalog = PluginCatalog.Load(
    PluginCatalog.PluginRoots(AppContext.BaseDirectory, settings.ExtraPluginsDirectory),
    builder.Configuration, builder.Services, database, startupLogger);
builder.Services.AddSingleton(catalog);
builder.Services.AddSingleton<IModuleRegistry>(catalog);
builder.Services.AddSingleton(settings);
builder.Services.AddSingleton<ModuleDbContexts>();
builder.Services.AddSingleton<IClock, SystemClock>();
builder.Services.AddSingleton<TerritoryCache>();
builder.Services.AddSingleton(EpciCatalog.Default());
builder.Services.AddScoped<ITerritoryContext, TerritoryContext>();
builder.Services.AddScoped<Installer>();
builder.Services.AddScoped<DemoSeeder>();
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<ICurrentUser, CurrentUser>();
builder.Services.AddScoped<IUserDirectory, UserDirectory>();
builder.Services.AddScoped<NavigationMenu>();
builder.Services.AddHostedService<OutboxBackgroundService>();
builder.Services.AddHostedService<IdleMemoryTrim>();
builder.Services.AddDataProtection()
    .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(settings.DataDirectory, "keys")))
    .SetApplicationName("ctg-platform");

builder.Services.AddIdentity<CtgUser, IdentityRole>(options =>
    {
        options.User.RequireUniqueEmail = true;
        options.Password.RequiredLength = 10;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequireUppercase = false;
        options.Lockout.MaxFailedAccessAttempts = SignInRules.MaxFailedAttempts;
        options.Lockout.DefaultLockoutTimeSpan = SignInRules.LockoutDuration;
        options.Lockout.AllowedForNewUsers = true;
        options.SignIn.RequireConfirmedAccount = false;
    })
    .AddEntityFrameworkStores<HostDbContext>()
    .AddErrorDescriber<FrenchIdentityErrorDescriber>()
    .AddClaimsPrincipalFactory<CtgClaimsFactory>()
    .AddSignInManager<CtgSignInManager>()
    .AddDefaultTokenProviders();
builder.Services.AddSingleton<DecoyPasswordHash>();
builder.Services.Configure<DataProtectionTokenProviderOptions>(options => options.TokenLifespan = Links.Lifespan);
builder.Services.ConfigureApplicationCookie(options =>
{
    options.LoginPath = "/connexion";
    options.LogoutPath = "/deconnexion";
    options.AccessDeniedPath = "/acces-refuse";
    options.Cookie.Name = "ctg.session";
    options.Cookie.HttpOnly = true;
    options.Cookie.SameSite = SameSiteMode.Lax;
    options.SlidingExpiration = true;
    options.ExpireTimeSpan = TimeSpan.FromHours(8);
    // Replaces Identity's periodic SecurityStampValidator: a session ends at the very next request.
    options.Events.OnValidatePrincipal = SessionValidator.ValidateAsync;
});
builder.Services.AddAuthorization(options => options.AddCtgPolicies());

builder.Services.AddRazorPages(options =>
    {
        options.Conventions.AuthorizeFolder("/Admin", Policies.Administration);
        options.Conventions.AllowAnonymousToPage("/Connexion");
        options.Conventions.AllowAnonymousToPage("/Installation");
        options.Conventions.AllowAnonymousToPage("/Activation");
        options.Conventions.AllowAnonymousToPage("/Error");
    })
    .AddMvcOptions(options =>
    {
        options.Filters.Add<CtgPageFilter>();
        options.ModelBinderProviders.Insert(0, new PlausibleDateBinderProvider());
        FrenchModelBinding.Apply(options.ModelBindingMessageProvider);
        UserTextModelBinderProvider.Register(options.ModelBinderProviders);
        options.ModelMetadataDetailsProviders.Add(new FrenchValidationMessages());
    })
    .ConfigureApplicationPartManager(parts =>
    {
        foreach (var module in catalog.Enabled)
        {
            parts.ApplicationParts.Add(new AssemblyPart(module.Assembly));
            parts.ApplicationParts.Add(new CompiledRazorAssemblyPart(module.Assembly));
        }
    });
builder.Services.AddAntiforgery(options => options.Cookie.Name = "ctg.antiforgery");

builder.Host.UseServiceProviderFactory(new AutofacServiceProviderFactory());
builder.Host.ConfigureContainer<ContainerBuilder>(container =>
    container.RegisterMediation([typeof(Program).Assembly, .. catalog.Enabled.Select(m => m.Assembly)]));

var app = builder.Build();

if (command.Setup is { } setup)
{
    return await SetupCommand.RunAsync(app.Services, setup);
}
if (settings.Demo)
{
    await using var scope = app.Services.CreateAsyncScope();
    await scope.ServiceProvider.GetRequiredService<DemoSeeder>().PrepareAsync(CancellationToken.None);
}

app.UseSecurityHeaders();
app.UseFrenchCulture();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error");
    app.UseHsts();
}
app.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
app.UseStaticFiles();
app.UseSerilogRequestLogging(options =>
{
    options.Logger = serilog;
    options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} a répondu {StatusCode} en {Elapsed:0.0} ms";
});
app.UseRouting();
app.UseAuthentication();
app.UseMiddleware<InstallationGate>();
app.UseAuthorization();
app.MapRazorPages();
app.MapHealth();

// Start-up (migrations, plugin loading, the demo's preparation) leaves garbage and committed, now empty,
// regions behind: compact once and give them back to the system before the first request (ADR 0008).
app.Lifetime.ApplicationStarted.Register(() => GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true));

app.Run();
return 0;

void MigrateHost(IDatabaseConfigurator configurator)
{
    var options = new DbContextOptionsBuilder<HostDbContext>();
    configurator.Configure(options, HostDbContext.ModuleId);
    using var context = new HostDbContext(options.Options);
    DatabaseMigrations.MigrateIfNeeded(context);
}

/// <summary>The entry point, visible to integration tests.</summary>
public partial class Program;
