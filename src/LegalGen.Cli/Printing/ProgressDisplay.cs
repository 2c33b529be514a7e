using LegalGen.Build;
using Spectre.Console;

namespace LegalGen.Cli.Printing;

/// <summary>
/// A progress bar on an interactive terminal for builds that take longer than a second; a fast build, or
/// output redirected to a file or CI log, shows nothing extra.
/// </summary>
internal static class ProgressDisplay
{
    public static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);

    public static BuildResult Run(Terminal terminal, string title, Func<IProgress<BuildProgress>?, BuildResult> build) =>
        Run(terminal, title, build, Delay);

    public static BuildResult Run(Terminal terminal, string title, Func<IProgress<BuildProgress>?, BuildResult> build, TimeSpan delay)
    {
        if (!terminal.IsInteractive) return build(null);

        var latest = new LatestProgress();
        var running = Task.Run(() => build(latest));
        if (running.Wait(delay)) return running.GetAwaiter().GetResult();

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(terminal.Error.Plain),
            Interactive = InteractionSupport.Yes,
            Ansi = terminal.Error.HasColour ? AnsiSupport.Yes : AnsiSupport.Detect,
            ColorSystem = terminal.Error.HasColour ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var bar = context.AddTask(title, maxValue: 1);
                while (!running.Wait(TimeSpan.FromMilliseconds(100)))
                {
                    if (latest.Value is not { } progress) continue;
                    bar.MaxValue = Math.Max(1, progress.Policies);
                    bar.Value = progress.PoliciesDone;
                    bar.Description = $"{title}: {Words.Count(progress.PoliciesDone, "policy", "policies")} of {progress.Policies}, {Words.Count(progress.Pages, "page", "pages")}";
                }

                bar.Value = bar.MaxValue;
            });
        return running.GetAwaiter().GetResult();
    }

    /// <summary>Keeps the furthest report: policies finish in parallel, so reports can arrive out of order.</summary>
    private sealed class LatestProgress : IProgress<BuildProgress>
    {
        private readonly Lock _gate = new();

        public BuildProgress? Value
        {
            get { lock (_gate) return field; }
            private set;
        }

        public void Report(BuildProgress value)
        {
            lock (_gate)
            {
                if (Value is null || value.PoliciesDone >= Value.PoliciesDone) Value = value;
            }
        }
    }
}
