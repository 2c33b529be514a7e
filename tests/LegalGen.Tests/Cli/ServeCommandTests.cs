using System.Net;
using System.Net.Sockets;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Cli;

public class ServeCommandTests
{
    private static TestSite Privacy() => new TestSite()
        .Version("privacy/2024-01-01.pl.md", "title: Polityka", "## Logi\n\nLogi przechowujemy przez 12 miesięcy.\n");

    [Fact]
    public async Task Requests_addressed_to_another_host_are_refused_so_a_rebound_name_cannot_read_the_preview()
    {
        using var site = Privacy();
        await using var serve = await ServeSession.StartAsync(site);

        using var foreign = new HttpRequestMessage(HttpMethod.Get, "pl/privacy/index.html");
        foreign.Headers.Host = "evil.example";
        using var wrongPort = new HttpRequestMessage(HttpMethod.Get, "pl/privacy/index.html");
        wrongPort.Headers.Host = $"127.0.0.1:{serve.Address.Port + 1}";
        using var byName = new HttpRequestMessage(HttpMethod.Get, "pl/privacy/index.html");
        byName.Headers.Host = $"localhost:{serve.Address.Port}";

        Assert.Equal(HttpStatusCode.MisdirectedRequest, (await serve.Http.SendAsync(foreign)).StatusCode);
        Assert.Equal(HttpStatusCode.MisdirectedRequest, (await serve.Http.SendAsync(wrongPort)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await serve.Http.SendAsync(byName)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await serve.Http.GetAsync("pl/privacy/index.html")).StatusCode);
    }

    [Fact]
    public async Task A_saved_change_is_rebuilt_and_open_pages_are_told_to_reload_and_then_show_it()
    {
        using var site = Privacy();
        await using var serve = await ServeSession.StartAsync(site);

        var before = await serve.Http.GetStringAsync("pl/privacy/index.html");
        using var events = await serve.ListenAsync();
        var first = await events.NextAsync();
        site.Version("privacy/2024-01-01.pl.md", "title: Polityka", "## Logi\n\nLogi przechowujemy przez 6 miesięcy.\n");
        var next = await events.UntilAsync(async () => (await serve.Http.GetStringAsync("pl/privacy/index.html")).Contains("6 miesięcy"));

        Assert.Contains("12 miesięcy", before);
        Assert.Contains("new EventSource(\"/_legalgen/events\")", before);
        Assert.Contains($"var generation = \"{first}\"", before);
        Assert.True(next > first);
        Assert.Matches(@"Rebuilt after .*2024-01-01\.pl\.md changed: 1 policy, 1 version, 2 languages: 12 pages in \d+ ms\.", serve.Out.ToString());
    }

    [Fact]
    public async Task A_save_renders_its_policy_again_and_serves_the_others_as_they_were()
    {
        using var site = Privacy()
            .Version("terms/2024-01-01.pl.md", "title: Regulamin", "## Zasady\n\nTreść regulaminu.\n")
            .Version("cookies/2024-01-01.pl.md", "title: Ciasteczka", "## Rodzaje\n\nNiezbędne.\n");
        await using var serve = await ServeSession.StartAsync(site);
        using var events = await serve.ListenAsync();
        await events.NextAsync();

        site.Version("privacy/2024-01-01.pl.md", "title: Polityka", "## Logi\n\nLogi przechowujemy przez 3 miesiące.\n");
        await events.UntilAsync(async () => (await serve.Http.GetStringAsync("pl/privacy/index.html")).Contains("3 miesiące"));

        Assert.Contains("Treść regulaminu.", await serve.Http.GetStringAsync("pl/terms/index.html"));
        Assert.Contains("Niezbędne.", await serve.Http.GetStringAsync("en/cookies/2024-01-01/"));
        Assert.Contains("Regulamin", await serve.Http.GetStringAsync("pl/index.html"));
        Assert.Matches(
            @"Rebuilt after .*2024-01-01\.pl\.md changed: 3 policies, 3 versions, 2 languages: \d+ pages in \d+ ms \(1 policy rendered again, the others' pages as they were\)\.",
            serve.Out.ToString());
    }

    [Fact]
    public async Task A_save_with_a_mistake_keeps_the_last_good_site_with_the_problems_laid_over_it_until_fixed()
    {
        using var site = Privacy();
        await using var serve = await ServeSession.StartAsync(site);
        using var events = await serve.ListenAsync();
        await events.NextAsync();

        site.Version("privacy/2024-01-01.pl.md", "title: Polityka\nsumary: x", "## Logi\n\nZepsute.\n");
        await events.UntilAsync(async () => (await serve.Http.GetStringAsync("pl/privacy/index.html")).Contains("legalgen-problems"));
        var broken = await serve.Http.GetStringAsync("pl/privacy/index.html");
        site.Version("privacy/2024-01-01.pl.md", "title: Polityka", "## Logi\n\nNaprawione.\n");
        await events.UntilAsync(async () => (await serve.Http.GetStringAsync("pl/privacy/index.html")).Contains("Naprawione"));
        var fixedPage = await serve.Http.GetStringAsync("pl/privacy/index.html");

        Assert.Contains("12 miesięcy", broken);
        Assert.Contains("privacy/2024-01-01.pl.md:3:1: error LG009: unknown key &#39;sumary&#39; in the front matter", broken);
        Assert.Contains("    3 | sumary: x", broken);
        Assert.DoesNotContain("legalgen-problems", fixedPage);
        Assert.Contains("error LG009", serve.Error.ToString());
        Assert.Contains("The site still shows the last good build", serve.Error.ToString());
    }

    [Fact]
    public async Task A_saved_template_is_rebuilt_too()
    {
        using var site = Privacy().UseCopyOfTemplates();
        await using var serve = await ServeSession.StartAsync(site);
        using var events = await serve.ListenAsync();
        await events.NextAsync();

        var layout = Path.Combine(site.TemplatesDirectory!, "layout.sbn");
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("<main id=\"main\">", "<main id=\"main\" data-restyled>"));
        await events.UntilAsync(async () => (await serve.Http.GetStringAsync("pl/index.html")).Contains("data-restyled"));
    }

    [Fact]
    public async Task Before_any_good_build_every_page_shows_the_problems()
    {
        using var site = new TestSite().Version("privacy/2024-01-01.pl.md", "sumary: x");
        await using var serve = await ServeSession.StartAsync(site);

        var response = await serve.Http.GetAsync("pl/privacy/index.html");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("There is no site to show yet", page);
        Assert.Contains("error LG010", page);
        Assert.Contains("EventSource", page);
    }

    [Fact]
    public async Task Files_are_served_from_the_build_and_nothing_outside_it()
    {
        using var site = Privacy();
        await using var serve = await ServeSession.StartAsync(site);

        var css = await serve.Http.GetAsync("assets/style.css");
        var folder = await new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = serve.Address }.GetAsync("pl/privacy");
        var outside = await serve.Http.GetAsync("pl/%2E%2E/%2E%2E/%2E%2E/etc/passwd");
        var missing = await serve.Http.GetAsync("pl/nothing-here/");

        Assert.Equal("text/css", css.Content.Headers.ContentType!.MediaType);
        Assert.DoesNotContain("EventSource", await css.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, folder.StatusCode);
        Assert.Equal("/pl/privacy/", folder.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("no-store", css.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task The_in_browser_comparisons_engine_is_served_with_the_content_types_a_browser_loads_it_by()
    {
        using var site = Privacy();
        await using var serve = await ServeSession.StartAsync(site);
        var engine = Path.Combine(AppContext.BaseDirectory, "compare-engine", "_framework");
        var wasm = Path.GetFileName(Directory.EnumerateFiles(engine, "*.wasm").First());

        var script = await serve.Http.GetAsync("assets/compare/_framework/dotnet.js");
        var module = await serve.Http.GetAsync("assets/compare/_framework/" + wasm);
        var page = await serve.Http.GetAsync("assets/compare.js");

        Assert.Equal("text/javascript", script.Content.Headers.ContentType!.MediaType);
        Assert.Equal("application/wasm", module.Content.Headers.ContentType!.MediaType);
        Assert.Equal("text/javascript", page.Content.Headers.ContentType!.MediaType);
        Assert.Equal(File.ReadAllBytes(Path.Combine(engine, wasm)), await module.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Stopping_ends_the_event_streams_and_exits_0()
    {
        using var site = Privacy();
        var serve = await ServeSession.StartAsync(site);
        using var events = await serve.ListenAsync();
        await events.NextAsync();

        var code = await serve.StopAsync();

        Assert.Equal(0, code);
        await Assert.ThrowsAsync<EndOfStreamException>(events.NextAsync);
        Assert.EndsWith("Stopped; the temporary site was removed.\n", serve.Out.ToString());
        await serve.DisposeAsync();
    }

    [Fact]
    public void A_port_in_use_is_a_usage_error()
    {
        using var site = Privacy();
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var (code, _, stderr) = CliRunner.Run("serve", "--content", site.ContentDirectory, "--templates", RepoPaths.Templates, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(2, code);
        Assert.Contains($"cannot serve on port {port}", stderr);
    }

    [Theory]
    [InlineData("--port", "70000")]
    [InlineData("--port", "http")]
    [InlineData("--content", "no-such-folder")]
    public void Usage_errors_exit_2(params string[] args)
    {
        var (code, _, stderr) = CliRunner.Run(["serve", "--templates", RepoPaths.Templates, .. args]);

        Assert.Equal(2, code);
        Assert.StartsWith("error:", stderr);
    }
}
