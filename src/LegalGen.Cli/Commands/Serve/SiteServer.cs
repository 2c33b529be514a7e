using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LegalGen.Cli.Commands.Serve;

/// <summary>
/// ASP.NET Core's own server (Kestrel) on 127.0.0.1 only: the site from <see cref="SiteFiles"/>, and the
/// reload events from <see cref="ReloadHub"/> at <see cref="LiveReload.EventsPath"/>.
/// </summary>
internal sealed class SiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SiteServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>Where to open the site, e.g. <c>http://127.0.0.1:8080/</c>.</summary>
    public Uri Address { get; }

    /// <summary>Starts listening; throws <see cref="IOException"/> when the port is taken.</summary>
    public static async Task<SiteServer> StartAsync(LiveSite site, ReloadHub hub, int port, string contentDirectory, CancellationToken cancel)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = site.Root,
            EnvironmentName = Environments.Production,
        });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, QuietHostLifetime>();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, port);
        });

        var app = builder.Build();
        var boundPort = port;
        app.Run(context =>
        {
            // A page elsewhere can point a name it controls at 127.0.0.1 (DNS rebinding) and read this
            // server as its own; answering only requests addressed to this machine by name or address stops it.
            if (!IsAddressedHere(context.Request.Host, boundPort))
            {
                context.Response.StatusCode = StatusCodes.Status421MisdirectedRequest;
                return context.Response.WriteAsync("This preview answers only requests to 127.0.0.1 or localhost.\n");
            }

            return context.Request.Path.Equals(LiveReload.EventsPath, StringComparison.Ordinal)
                ? TypedResults.ServerSentEvents(hub.Subscribe(context.RequestAborted), LiveReload.EventName).ExecuteAsync(context)
                : SiteFiles.ServeAsync(context, site, contentDirectory);
        });
        await app.StartAsync(cancel);

        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? $"http://127.0.0.1:{port}";
        var address = new Uri(bound.TrimEnd('/') + "/");
        boundPort = address.Port;
        return new SiteServer(app, address);
    }

    /// <summary>True when the request's Host names this server: 127.0.0.1 or localhost, at its port.</summary>
    internal static bool IsAddressedHere(HostString host, int port) =>
        host.HasValue
        && (host.Host.Equals("127.0.0.1", StringComparison.Ordinal) || host.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        && (host.Port ?? 80) == port;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
