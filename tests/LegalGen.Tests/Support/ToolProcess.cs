using System.Diagnostics;

namespace LegalGen.Tests.Support;

/// <summary>Runs a program as a user or a CI runner would (dotnet, bash, git, an installed tool) and returns what it printed.</summary>
public static class ToolProcess
{
    public sealed record Result(int ExitCode, string Out, string Err)
    {
        public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Err}";
    }

    public static string Dotnet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    /// <summary>Runs a program to completion; an environment value of null removes that variable.</summary>
    public static Result Run(string program, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout,
        params (string Name, string? Value)[] environment)
    {
        Directory.CreateDirectory(workingDirectory);
        using var process = Start(program, arguments, workingDirectory, [], environment);
        process.StandardInput.Close();
        return Finish(process, $"{program} {string.Join(' ', arguments)}", timeout);
    }

    /// <summary>
    /// Starts a program with its output and input redirected, in an environment without the test host's
    /// MSBuild and test settings nor the variables named in <paramref name="removed"/>; an environment value of null
    /// removes that variable. The caller reads, waits and disposes (<see cref="Finish"/>).
    /// </summary>
    public static Process Start(string program, IEnumerable<string> arguments, string workingDirectory, IReadOnlyCollection<string> removed,
        params (string Name, string? Value)[] environment)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);

        // The test host's MSBuild settings would steer an inner build; start it clean.
        foreach (var name in start.Environment.Keys
                     .Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase) || removed.Contains(k))
                     .ToList())
            start.Environment.Remove(name);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment)
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;

        return Process.Start(start)!;
    }

    /// <summary>Reads what a started program prints until it exits; fails the test when it runs longer than <paramref name="timeout"/>.</summary>
    public static Result Finish(Process process, string shown, TimeSpan timeout)
    {
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"'{shown}' did not finish within {timeout.TotalMinutes} minutes");
        }

        process.WaitForExit();
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Runs a program that must succeed; fails the test with everything it printed when it does not.</summary>
    public static string RunOk(string program, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout,
        params (string Name, string? Value)[] environment)
    {
        var result = Run(program, arguments, workingDirectory, timeout, environment);
        Assert.True(result.ExitCode == 0, $"'{program} {string.Join(' ', arguments)}' failed: {result}");
        return result.Out + result.Err;
    }

    public static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>A git repository of the sample content with one commit dated <paramref name="commitDate"/>.</summary>
    public static void CommitSample(string repository, DateTimeOffset commitDate)
    {
        CopyFolder(RepoPaths.SampleContent, Path.Combine(repository, "content"));
        var date = commitDate.ToString("yyyy-MM-ddTHH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture);
        (string, string?)[] env = [("GIT_AUTHOR_DATE", date), ("GIT_COMMITTER_DATE", date), ("GIT_AUTHOR_NAME", "Editor"),
            ("GIT_AUTHOR_EMAIL", "editor@example.org"), ("GIT_COMMITTER_NAME", "Editor"), ("GIT_COMMITTER_EMAIL", "editor@example.org")];
        RunOk("git", ["init", "-q"], repository, TimeSpan.FromMinutes(1), env);
        RunOk("git", ["add", "."], repository, TimeSpan.FromMinutes(1), env);
        RunOk("git", ["commit", "-q", "-m", "Content"], repository, TimeSpan.FromMinutes(1), env);
    }

    public static void DeleteQuietly(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
