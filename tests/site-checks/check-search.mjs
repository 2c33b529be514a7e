// Checks search on a site built with it, as a reader uses it in a browser:
//  1. builds the content folder with search (Pagefind from this folder's node_modules), or takes a site already built;
//  2. serves the site over http and searches, on each language's search page, a word only versions not in force have
//     (an earlier or an upcoming one) and a word the version in force has too: the first is found on those versions'
//     permalinks, each labelled with its date and status; the second lists the versions in force before any other; a
//     page the index leaves out (a fallback, a diff) is never a result; a search from the address (?q=…) searches at once;
//  3. the search page with results passes axe-core's WCAG 2.2 A/AA rules;
//  4. without JavaScript the page says search needs it; opened from disk it says search needs the site served.
// usage: node check-search.mjs --legalgen "COMMAND" [--content DIR] [--as-of DATE]     (builds the site)
//        node check-search.mjs --site SITE_DIR                                          (a site built with search)
// The words searched are the sample's (content/); --words LANG:OLD_ONLY:IN_BOTH[,…] names others.
import { spawnSync } from "node:child_process";
import { createServer } from "node:http";
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, extname, join, resolve, sep } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { launchChromium } from "./browser.mjs";

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const failures = [];
let checks = 0;
function check(ok, message) {
  checks++;
  if (!ok) failures.push(message);
}

// The words to search, per language: one only versions not in force have, one the version in force has too.
const words = (option("--words", "en:indefinitely:cookies,pl:inspektorem:cookies"))
  .split(",")
  .map((w) => w.split(":"))
  .map(([language, oldOnly, inBoth]) => ({ language, oldOnly, inBoth }));

// npm's Pagefind binary beside this script, as legalgen itself finds it in a node_modules folder.
function pagefindBinary() {
  const os = { linux: "linux", darwin: "darwin", win32: "windows", freebsd: "freebsd" }[process.platform];
  const arch = process.arch === "arm64" ? "arm64" : "x64";
  const suffix = process.platform === "win32" ? ".exe" : "";
  for (const name of ["pagefind_extended", "pagefind"]) {
    const binary = join(here, "node_modules", "@pagefind", `${os}-${arch}`, "bin", name + suffix);
    if (existsSync(binary)) return binary;
  }
  throw new Error("Pagefind is not installed here: run npm ci in tests/site-checks");
}

// 1. The site.
let site = option("--site");
let temporary = null;
if (!site) {
  const legalgen = option("--legalgen");
  if (!legalgen) throw new Error("usage: node check-search.mjs --legalgen COMMAND [--content DIR] [--as-of DATE] | --site SITE_DIR");
  temporary = mkdtempSync(join(tmpdir(), "legalgen-search-"));
  site = join(temporary, "site");
  const [program, ...rest] = legalgen.split(" ");
  const build = spawnSync(program, [...rest, "build", "--content", option("--content", "content"), "--output", site,
    "--as-of", option("--as-of", "2026-06-01"), "--strict", "--search", "--pagefind", pagefindBinary()], { encoding: "utf8" });
  if (build.status !== 0) throw new Error(`the build failed (exit ${build.status}):\n${build.stdout}${build.stderr}`);
  console.log(build.stdout.split("\n").filter((l) => l.startsWith("Built") || l.startsWith("Search:")).join("\n"));
}
site = resolve(site);
check(existsSync(join(site, "pagefind", "pagefind.js")), `${site} has no search index (pagefind/pagefind.js)`);

// 2. Over http, as a static host serves it.
const types = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript", ".json": "application/json", ".wasm": "application/wasm", ".xml": "application/xml" };
const server = createServer((request, response) => {
  let path = join(site, decodeURIComponent(new URL(request.url, "http://localhost").pathname));
  if (!path.startsWith(site + sep) && path !== site) path = "";
  if (path && existsSync(path) && statSync(path).isDirectory()) path = join(path, "index.html");
  if (!path || !existsSync(path)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { "content-type": types[extname(path)] ?? "application/octet-stream" });
  createReadStream(path).pipe(response);
});
await new Promise((done) => server.listen(0, "127.0.0.1", done));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await launchChromium();
const page = await browser.newPage();

// Searches on the language's search page, as a reader types; returns the results as the page shows them.
async function search(language, query) {
  await page.goto(`${origin}/${language}/search.html`);
  await page.locator("#search-query").fill(query);
  await page.locator(".search-form button[type=submit]").click();
  await page.waitForFunction(() => document.querySelector("[data-search-status]").textContent.length > 0
    && !document.querySelector("[data-search-results]").hasAttribute("aria-busy"), null, { timeout: 15000 });
  return page.evaluate(() => ({
    status: document.querySelector("[data-search-status]").textContent,
    problem: document.querySelector("[data-search-status]").classList.contains("notice-problem"),
    results: [...document.querySelectorAll(".search-result")].map((r) => ({
      url: new URL(r.querySelector(".search-result-title a").href).pathname,
      title: r.querySelector(".search-result-title").textContent,
      badge: r.querySelector(".search-result-version .badge")?.className ?? "",
      label: r.querySelector(".search-result-version").textContent,
      excerpt: r.querySelector(".search-result-excerpt").textContent,
      marks: r.querySelectorAll(".search-result-excerpt mark").length,
    })),
  }));
}

// Which pages of the site hold a word in their indexed text, as a reader would find it with the browser's find.
async function pagesWith(language, word) {
  const versions = await page.evaluate(async ({ language }) => {
    const response = await fetch("/versions.json");
    return (await response.json()).policies.flatMap((p) => p.versions.flatMap((v) => v.pages.filter((g) => g.language === language && g.text_language === language).map((g) => ({ path: "/" + g.path, status: v.status, date: v.date, current: p.current === v.date, slug: p.slug }))));
  }, { language });
  const found = [];
  for (const v of versions) {
    const text = await page.evaluate(async (path) => {
      const html = await (await fetch(path)).text();
      const doc = new DOMParser().parseFromString(html, "text/html");
      return doc.querySelector("[data-text]")?.textContent ?? "";
    }, v.path);
    if (text.toLowerCase().includes(word.toLowerCase())) found.push(v);
  }
  return found;
}

// The versions in force before any other; each page once; only the pages the index is meant to hold.
function inForceFirst(language, word, results) {
  const firstOther = results.findIndex((r) => !r.badge.includes("badge-current"));
  const lastCurrent = results.map((r) => r.badge.includes("badge-current")).lastIndexOf(true);
  check(firstOther < 0 || lastCurrent < firstOther, `${language}: "${word}" lists a version not in force before one in force: ${results.map((r) => r.url).join(", ")}`);
  check(new Set(results.map((r) => r.url)).size === results.length, `${language}: "${word}" gives a page twice`);
  check(results.every((r) => !/\/(diff|parallel|changes|compare)\//.test(r.url)), `${language}: "${word}" finds a diff, parallel, change-log or compare page: ${results.map((r) => r.url).join(", ")}`);
  const permalinksOfCurrent = results.filter((r) => r.badge.includes("badge-current") && /\/\d{4}-\d{2}-\d{2}\/$/.test(r.url));
  check(permalinksOfCurrent.length === 0, `${language}: "${word}" finds a version in force on its permalink as well as on its policy's page: ${permalinksOfCurrent.map((r) => r.url).join(", ")}`);
}

for (const { language, oldOnly, inBoth } of words) {
  await page.goto(`${origin}/${language}/index.html`);
  const searchLink = await page.locator("header .search-link").getAttribute("href");
  check(searchLink === "search.html", `${language}: the header does not link the search page (href ${searchLink})`);

  // A word only versions not in force have: found there, on their permalinks, with their dates and statuses.
  const holders = await pagesWith(language, oldOnly);
  check(holders.length > 0 && holders.every((v) => !v.current), `${language}: "${oldOnly}" is not a word only versions not in force have (${JSON.stringify(holders)})`);
  const old = await search(language, oldOnly);
  // Other forms of the word (Pagefind stems: "indefinite" for "indefinitely") may find other versions too.
  check(old.results.length >= holders.length, `${language}: "${oldOnly}" gives ${old.results.length} results where ${holders.length} versions have it: ${JSON.stringify(old)}`);
  inForceFirst(language, oldOnly, old.results);
  for (const holder of holders) {
    const result = old.results.find((r) => r.url === holder.path.replace(/index\.html$/, ""));
    check(result, `${language}: "${oldOnly}" does not find the version of ${holder.date} (${holder.path}): ${JSON.stringify(old.results)}`);
    if (!result) continue;
    check(result.badge.includes(`badge-${holder.status}`), `${language}: the result for the version of ${holder.date} is not labelled ${holder.status}: ${result.badge}`);
    const [year, , day] = holder.date.split("-").map(Number);
    check(result.label.includes(String(year)) && result.label.includes(String(day)), `${language}: the result for the version of ${holder.date} does not say its date: "${result.label}"`);
    check(result.marks > 0, `${language}: the excerpt of the version of ${holder.date} marks no word found: "${result.excerpt}"`);
  }
  check(/\d/.test(old.status) && !old.problem, `${language}: the status does not count the results: "${old.status}"`);

  // A word the version in force has too: the versions in force first, then the others; no page twice.
  const both = await search(language, inBoth);
  check(both.results.some((r) => r.badge.includes("badge-current")), `${language}: "${inBoth}" finds no version in force: ${JSON.stringify(both.results)}`);
  check(both.results.some((r) => !r.badge.includes("badge-current")), `${language}: "${inBoth}" finds no other version: ${JSON.stringify(both.results)}`);
  inForceFirst(language, inBoth, both.results);
  // The paragraphs' citation links ("¶") are not words of the text: no excerpt shows one.
  for (const r of [...old.results, ...both.results]) check(!r.excerpt.includes("¶"), `${language}: the excerpt of ${r.url} shows a citation link: "${r.excerpt}"`);

  // The address searches at once, and the page passes axe with its results shown.
  await page.goto(`${origin}/${language}/search.html?q=${encodeURIComponent(oldOnly)}`);
  await page.waitForSelector(".search-result", { timeout: 15000 }).catch(() => {});
  check(await page.locator(".search-result").count() === old.results.length, `${language}: search.html?q=${oldOnly} does not search at once`);
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const axe = JSON.parse(await page.evaluate(async () => JSON.stringify(await axe.run(document, {
    runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
  }))));
  for (const v of axe.violations) check(false, `${language}/search.html with results: ${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join("\n    ")}`);
  console.log(`${language}: "${oldOnly}" → ${old.results.map((r) => r.url).join(", ")}; "${inBoth}" → ${both.results.map((r) => `${r.url} (${r.badge.replace(/^badge badge-/, "")})`).join(", ")}`);
}

// 4. Without JavaScript, and from disk.
const language = words[0].language;
const noScript = await browser.newPage({ javaScriptEnabled: false });
await noScript.goto(`${origin}/${language}/search.html?q=${encodeURIComponent(words[0].oldOnly)}`);
const noScriptText = await noScript.locator("main").innerText();
check(/JavaScript/.test(noScriptText), `without JavaScript the search page does not say that search needs it: "${noScriptText}"`);
const fromDisk = await browser.newPage();
await fromDisk.goto(`file://${join(site, language, "search.html")}?q=${encodeURIComponent(words[0].oldOnly)}`);
await fromDisk.waitForFunction(() => document.querySelector("[data-search-status]").textContent.length > 0, null, { timeout: 10000 }).catch(() => {});
const diskStatus = await fromDisk.locator("[data-search-status]").textContent();
check(diskStatus.includes("legalgen serve"), `opened from disk, the search page does not say to serve the site: "${diskStatus}"`);

await browser.close();
server.close();
if (temporary) rmSync(temporary, { recursive: true, force: true });
console.log(`Search checks: ${checks - failures.length} passed, ${failures.length} failed`);
if (failures.length) {
  console.error(failures.join("\n"));
  process.exit(1);
}
