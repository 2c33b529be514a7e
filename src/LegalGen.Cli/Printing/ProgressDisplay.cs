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

        // The build runs here; the display waits on a thread of its own, so a busy thread pool cannot delay either.
        var latest = new LatestProgress();
        using var done = new ManualResetEventSlim();
        var display = new Thread(() =>
        {
            if (!done.Wait(delay)) Show(terminal, title, latest, done);
        })
        {
            IsBackground = true,
            Name = "progress display",
        };
        display.Start();
        try
        {
            return build(latest);
        }
        finally
        {
            done.Set();
            display.Join();
        }
    }

    private static void Show(Terminal terminal, string title, LatestProgress latest, ManualResetEventSlim done)
    {
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
                while (!done.Wait(TimeSpan.FromMilliseconds(100)))
                {
                    if (latest.Value is not { } progress) continue;
                    if (progress.Pdfs > 0)
                    {
                        bar.MaxValue = progress.Pdfs;
                        bar.Value = progress.PdfsDone;
                        bar.Description = $"{title}: printing PDFs, {progress.PdfsDone} of {progress.Pdfs}";
                        continue;
                    }

                    bar.MaxValue = Math.Max(1, progress.Policies);
                    bar.Value = progress.PoliciesDone;
                    bar.Description = $"{title}: {Words.Count(progress.PoliciesDone, "policy", "policies")} of {progress.Policies}, {Words.Count(progress.Pages, "page", "pages")}";
                }

                bar.Value = bar.MaxValue;
            });
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
                if (Value is null || value.PoliciesDone > Value.PoliciesDone || (value.PoliciesDone == Value.PoliciesDone && value.PdfsDone >= Value.PdfsDone)) Value = value;
            }
        }
    }
}
