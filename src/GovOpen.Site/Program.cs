using GovOpen.Site.Services;
using Microsoft.Extensions.Options;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddGovOpenSite(builder.Configuration);
builder.Services.AddRazorPages(o => o.Conventions.ConfigureFilter(new Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryTokenAttribute()));

var app = builder.Build();
var opts = app.Services.GetRequiredService<IOptions<SiteOptions>>().Value;
var problems = opts.Validate().ToList();
if (problems.Count > 0)
{
    throw new InvalidOperationException("Invalid GovOpen site settings: " + string.Join(" ", problems));
}
await app.Services.GetRequiredService<ContentProvider>().InitializeAsync(app.Lifetime.ApplicationStopping);

app.UseExceptionHandler("/error/500");
app.UseStatusCodePagesWithReExecute("/error/{0}");
app.UseMiddleware<SecurityHeadersMiddleware>();
app.UseStaticFiles();
app.UseRouting();
app.MapSiteEndpoints();
app.MapRazorPages();
app.Run();

/// <summary>Entry point, public for WebApplicationFactory.</summary>
public partial class Program;
