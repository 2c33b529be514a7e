using Microsoft.Extensions.Hosting;

namespace LegalGen.Cli.Commands.Serve;

/// <summary>
/// Leaves Ctrl+C to the command (which stops the server, the watcher and removes the temporary folder in
/// order) instead of ASP.NET Core's console lifetime, which would also print its own messages.
/// </summary>
internal sealed class QuietHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
