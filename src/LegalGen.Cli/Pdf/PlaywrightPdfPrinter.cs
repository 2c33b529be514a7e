using LegalGen.Diagnostics;
using LegalGen.Pdf;
using Microsoft.Playwright;

namespace LegalGen.Cli.Pdf;

/// <summary>
/// Prints pages to PDFs with a Chromium or Chrome installed on the machine, driven by Playwright (whose driver comes with
/// LegalGen; no browser is downloaded). One headless browser for the whole build, with a few pages printing at once.
/// Each page is opened at its published address under the site's base URL, its files answered from the folder the site
/// is written to, so that the PDF's links lead to the published pages (without a base URL, from disk, with its links to
/// the site's other pages left out: a PDF cannot follow them), and printed as a reader's browser prints it — the stylesheet's print rules, no backgrounds — on A4 unless the stylesheet's
/// <c>@page</c> says otherwise, with the job's header and footer, tagged for screen readers and with its headings as
/// bookmarks. Nothing is fetched from the network: a PDF depends on the site alone, and an image from another site prints
/// as its text.
/// </summary>
internal sealed class PlaywrightPdfPrinter(string browser, int pagesAtOnce) : IPdfPrinter
{
    /// <summary>How long a page may take to open or print, and the browser to start: generous, as a failure here fails the build.</summary>
    private const float TimeoutMilliseconds = 120_000;

    /// <summary>Flags that keep the browser from doing anything but printing: no first-run, background network, updates or sync.</summary>
    private static readonly string[] Flags =
    [
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage",
    ];

    public PlaywrightPdfPrinter(string browser)
        : this(browser, Math.Clamp(Environment.ProcessorCount, 1, 4))
    {
    }

    public string Identity => "chromium " + browser;

    public PdfFailure? Print(string siteFolder, Uri? siteAddress, IReadOnlyList<PdfPrintJob> jobs, Action<PdfPrintJob, byte[]> save, Action<int>? printed = null) =>
        jobs.Count == 0 ? null : PrintAsync(siteFolder, siteAddress, jobs, save, printed).GetAwaiter().GetResult();

    private async Task<PdfFailure?> PrintAsync(
        string siteFolder, Uri? siteAddress, IReadOnlyList<PdfPrintJob> jobs, Action<PdfPrintJob, byte[]> save, Action<int>? printed)
    {
        IPlaywright playwright;
        try
        {
            playwright = await Playwright.CreateAsync();
        }
        catch (Exception e)
        {
            return new PdfFailure(DiagnosticCodes.PdfBrowserDidNotStart,
                $"cannot make PDFs: Playwright's driver, which runs the browser, did not start ({FirstLine(e.Message)})",
                $"the driver is the .playwright folder beside LegalGen's own files ({AppContext.BaseDirectory}); reinstall LegalGen, or build it again, to restore it");
        }

        using (playwright)
        {
            IBrowser chromium;
            try
            {
                chromium = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
                {
                    ExecutablePath = browser,
                    Headless = true,
                    Args = Flags,
                    Timeout = TimeoutMilliseconds,
                });
            }
            catch (Exception e) when (e is PlaywrightException or TimeoutException)
            {
                return new PdfFailure(DiagnosticCodes.PdfBrowserDidNotStart,
                    $"cannot make PDFs: the browser '{browser}' did not start ({FirstLine(e.Message)})",
                    $"check that it is Chromium or Google Chrome and that it runs ('{browser}' --version), or give another with --pdf-browser or {BrowserLocator.EnvironmentVariable}");
            }

            await using (chromium)
            {
                var context = await chromium.NewContextAsync();
                await context.RouteAsync("**/*", route => Answer(route, siteFolder, siteAddress));
                context.SetDefaultTimeout(TimeoutMilliseconds);
                return await PrintAllAsync(context, siteFolder, siteAddress, jobs, save, printed);
            }
        }
    }

    /// <summary>A few pages print at once, each taking the next job; the first failure stops them all, and is the one reported.</summary>
    private async Task<PdfFailure?> PrintAllAsync(
        IBrowserContext context, string siteFolder, Uri? siteAddress, IReadOnlyList<PdfPrintJob> jobs, Action<PdfPrintJob, byte[]> save, Action<int>? printed)
    {
        var next = -1;
        var done = 0;
        PdfFailure? failure = null;

        void Fail(PdfPrintJob job, Exception e) => Interlocked.CompareExchange(ref failure, new PdfFailure(DiagnosticCodes.PdfPageNotPrinted,
            $"the page '{job.PagePath}' could not be printed to '{job.PdfPath}' ({FirstLine(e.Message)})",
            "open the page in a browser to see whether it loads; if the browser stopped, run the build again with fewer programs running beside it"), null);

        async Task Work()
        {
            IPage? page = null;
            int index;
            while (Volatile.Read(ref failure) is null && (index = Interlocked.Increment(ref next)) < jobs.Count)
            {
                var job = jobs[index];
                try
                {
                    page ??= await context.NewPageAsync();
                    save(job, await PrintAsync(page, siteFolder, siteAddress, job));
                }
                catch (Exception e) when (e is PlaywrightException or TimeoutException)
                {
                    Fail(job, e);
                    return;
                }

                printed?.Invoke(Interlocked.Increment(ref done));
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Math.Min(pagesAtOnce, jobs.Count)).Select(_ => Task.Run(Work)));
        return failure;
    }

    private static async Task<byte[]> PrintAsync(IPage page, string siteFolder, Uri? siteAddress, PdfPrintJob job)
    {
        var address = siteAddress is { } site
            ? site.AbsoluteUri + job.PagePath
            : new Uri(Path.Combine(siteFolder, job.PagePath.Replace('/', Path.DirectorySeparatorChar))).AbsoluteUri;
        var response = await page.GotoAsync(address, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        if (response is { Ok: false }) throw new PlaywrightException($"the page answered {response.Status} {response.StatusText}");
        if (siteAddress is null) await page.EvaluateAsync(LeaveOutLinksWithinTheSite);
        await page.EvaluateAsync("document.fonts.ready.then(() => true)");
        return await page.PdfAsync(new PagePdfOptions
        {
            Format = "A4",
            PreferCSSPageSize = true,
            PrintBackground = false,
            DisplayHeaderFooter = true,
            HeaderTemplate = job.Header,
            FooterTemplate = job.Footer,
            Margin = new Margin { Top = "20mm", Bottom = "20mm", Left = "15mm", Right = "15mm" },
            Tagged = true,
            Outline = true,
        });
    }

    /// <summary>
    /// A request of a page being printed: under the site's address, the file of the site being built (none outside it);
    /// a file of the site opened from disk, as it is; anything else — another site's image or font — not fetched.
    /// </summary>
    private static Task Answer(IRoute route, string siteFolder, Uri? siteAddress)
    {
        var url = route.Request.Url;
        if (siteAddress is null) return url.StartsWith("file:", StringComparison.Ordinal) ? route.ContinueAsync() : route.AbortAsync();
        if (!url.StartsWith(siteAddress.AbsoluteUri, StringComparison.Ordinal)) return route.AbortAsync();

        var path = Uri.UnescapeDataString(new Uri(url).AbsolutePath[siteAddress.AbsolutePath.Length..]);
        var root = Path.GetFullPath(siteFolder) + Path.DirectorySeparatorChar;
        var file = Path.GetFullPath(Path.Combine(root, path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path));
        return file.StartsWith(root, StringComparison.Ordinal) && File.Exists(file)
            ? route.FulfillAsync(new RouteFulfillOptions { Path = file, ContentType = ContentTypeOf(file) })
            : route.FulfillAsync(new RouteFulfillOptions { Status = 404, Body = "" });
    }

    private static string ContentTypeOf(string file) => Path.GetExtension(file).ToLowerInvariant() switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" or ".mjs" => "text/javascript; charset=utf-8",
        ".json" => "application/json",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".gif" => "image/gif",
        ".webp" => "image/webp",
        ".avif" => "image/avif",
        ".woff2" => "font/woff2",
        ".woff" => "font/woff",
        ".wasm" => "application/wasm",
        _ => "application/octet-stream",
    };

    /// <summary>
    /// Opened from disk, a page's links to the site's other pages lead to files of a folder that will not exist: they are
    /// left out of the PDF (printed as their words), and links to other sites and within the page kept.
    /// </summary>
    private const string LeaveOutLinksWithinTheSite = """
        () => {
          for (const a of document.querySelectorAll("a[href]")) {
            if (!/^(#|[a-z][a-z0-9+.-]*:)/i.test(a.getAttribute("href"))) a.removeAttribute("href");
          }
        }
        """;

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
