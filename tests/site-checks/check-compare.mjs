// Checks the in-browser comparison of a built LegalGen site: for sampled pairs of versions that have no diff page, the
// compare page (compare/?from=…&to=…), served over http, shows the same marks — deleted, inserted, moved and reformatted
// words, block by block, in order — and the same counts as `legalgen diff POLICY FROM TO --lang L --format json`; and the
// engine's whole redline model for the pair (its JSON export) is that JSON, but for heading ids.
// The site is served under the narrowest Content-Security-Policy the engine needs. Also: a pair with a diff page opens
// it, the same version twice and an unknown version are said so, a page opened from disk says how to get the
// comparison, and the page with a comparison shown is valid HTML and passes axe-core's WCAG 2.2 A/AA rules.
//
// usage: node check-compare.mjs SITE_DIR CONTENT_DIR [--legalgen "COMMAND"] [--pairs N] [--languages L,L…]
//   SITE_DIR     a site built from CONTENT_DIR by a CLI that carries the engine (assets/compare/_framework/)
//   --legalgen   how to run legalgen (default: dotnet run --no-build --project src/LegalGen.Cli --)
//   --pairs      how many pairs to check per policy and language (default 3); pairs where one version lacks the
//                page's translation are always among them
//   --languages  only the compare pages of these languages (default: all)
// CHROMIUM=/path/to/chromium overrides the browser. Pairs are sampled the same way on every run.
//
// While most pairs of a short history still have a diff page, a pair that has one is checked all the same: the test
// serves that compare page without the pair among those with a page, so the page compares it in the browser. Such
// pairs are reported as "forced".
import { execFileSync, spawnSync } from "node:child_process";
import { createServer } from "node:http";
import { readFileSync, readdirSync, statSync, existsSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, extname, join, resolve, sep } from "node:path";
import { createRequire } from "node:module";
import { launchChromium } from "./browser.mjs";

const require = createRequire(import.meta.url);

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const value = args[at + 1];
  args.splice(at, 2);
  return value;
};
const legalgen = option("--legalgen", "dotnet run --no-build --project src/LegalGen.Cli --").split(" ").filter(Boolean);
const perGroup = Number(option("--pairs", "3"));
const languages = option("--languages", "").split(",").filter(Boolean);
const [siteArg, contentArg] = args;
if (!siteArg || !contentArg) {
  console.error("usage: node check-compare.mjs SITE_DIR CONTENT_DIR [--legalgen COMMAND] [--pairs N] [--languages L,L…]");
  process.exit(2);
}
const site = resolve(siteArg);
const content = resolve(contentArg);
const failures = [];

// The content types a static host must send; .wasm must be application/wasm for the browser to compile it as it streams.
const types = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".mjs": "text/javascript", ".wasm": "application/wasm",
  ".css": "text/css", ".json": "application/json", ".xml": "application/xml", ".txt": "text/plain", ".dat": "application/octet-stream",
};
const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
  let file = resolve(join(site, path));
  if (file !== site && !file.startsWith(site + sep)) return response.writeHead(403).end();
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
  if (!existsSync(file)) return response.writeHead(404).end("not found");
  // The narrowest policy the engine works under (docs/redline.md): it compiles WebAssembly, nothing more.
  response.writeHead(200, {
    "Content-Type": types[extname(file)] ?? "application/octet-stream",
    "Content-Security-Policy": "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'",
  });
  response.end(readFileSync(file));
});
await new Promise((done) => server.listen(0, "127.0.0.1", done));
const origin = `http://127.0.0.1:${server.address().port}`;

// A compare page's HTML as it will be once the pair older..newer has no diff page.
function withoutDiffPage(html, older, newer) {
  return html.replace(dataPattern, (_, json) => {
    const changed = JSON.parse(json);
    delete changed.pairs[`${older.date}..${newer.date}`];
    return `<script type="application/json" id="compare-data">${JSON.stringify(changed).replace(/</g, "\\u003c")}</script>`;
  });
}

// Serves the compare page at path to this browser page without the pair among those with a diff page.
async function force(page, path, older, newer) {
  await page.route(`${origin}${path}*`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: withoutDiffPage(await response.text(), older, newer) });
  });
}

function comparePages(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (!statSync(path).isDirectory()) return [];
    return name === "compare" && existsSync(join(path, "index.html")) ? [join(path, "index.html")] : comparePages(path);
  });
}

const dataPattern = /<script type="application\/json" id="compare-data">([\s\S]*?)<\/script>/;

// The pairs to check: per policy and language, every pair without a diff page first, then (forced) those with one, in a
// fixed shuffled order; the pairs where the page's translation is missing on one side are taken first.
function samples() {
  const chosen = [];
  for (const file of comparePages(site).sort()) {
    // A policy with one version has nothing to compare: its compare page says so, with no form and no data.
    const carried = dataPattern.exec(readFileSync(file, "utf8"));
    if (!carried) continue;
    const data = JSON.parse(carried[1]);
    if (languages.length > 0 && !languages.includes(data.language)) continue;
    if (!data.engine) {
      failures.push(`${file.slice(site.length + 1)}: built without the engine`);
      continue;
    }
    const pairs = [];
    for (let i = 0; i < data.versions.length; i++)
      for (let j = i + 1; j < data.versions.length; j++) {
        const [older, newer] = [data.versions[i], data.versions[j]];
        const key = `${older.date}..${newer.date}`;
        pairs.push({ data, older, newer, forced: key in data.pairs, fallback: !(older.translated && newer.translated), rank: hash(`${data.language}/${data.policy}/${key}`) });
      }
    pairs.sort((a, b) => a.forced - b.forced || b.fallback - a.fallback || a.rank - b.rank);
    chosen.push(...pairs.slice(0, perGroup));
  }
  return chosen;
}

function hash(text) {
  let h = 2166136261;
  for (const c of text) h = Math.imul(h ^ c.codePointAt(0), 16777619) >>> 0;
  return h;
}

// The marks legalgen diff gives, block by block, in the form the page's are read in.
function expected(pair) {
  const { data, older, newer } = pair;
  const [command, ...rest] = legalgen;
  const json = JSON.parse(execFileSync(command, [...rest, "diff", data.policy, older.date, newer.date, "--lang", data.language, "--format", "json", "--content", content], { encoding: "utf8", maxBuffer: 1 << 28 }));
  pair.json = json;
  const blocks = json.blocks.map((block) => {
    const marks = [];
    block.cells.forEach((cell, c) => {
      if (c > 0) marks.push(["cell"]);
      for (const segment of cell) {
        const text = segment.text;
        if (block.change === "moved-from") marks.push(["moved", text]);
        else if (segment.op === "delete") marks.push(["del", text]);
        else if (segment.op === "insert") marks.push(["ins", text]);
        else if (segment.formatting) marks.push(["format", text, segment.formatting.length]);
        else if (block.change === "moved-to") marks.push(["moved", text]);
      }
    });
    if (block.formatting) marks.push(["block-format", block.formatting.length]);
    return { change: block.change, kind: block.kind, marks: merged(marks) };
  });
  return { blocks, statistics: json.statistics };
}

// Runs of one kind of mark read as one: a moved block's words are marked segment by segment.
function merged(marks) {
  const out = [];
  for (const mark of marks) {
    const last = out[out.length - 1];
    if (last && mark[0] === last[0] && (mark[0] === "moved" || mark[0] === "del" || mark[0] === "ins")) last[1] = `${last[1]} ${mark[1]}`;
    else out.push([...mark]);
  }
  return out.map((m) => (typeof m[1] === "string" ? [m[0], m[1].replace(/\s+/g, " ").trim(), ...m.slice(2)] : m));
}

// The marks the page shows, read from its redline in the same form.
async function shown(page) {
  return page.evaluate(() => {
    const kinds = { H2: "heading", H3: "heading", H4: "heading", H5: "heading", H6: "heading", P: "paragraph", LI: "list-item", TR: "table-row", BLOCKQUOTE: "quote", PRE: "code", DIV: "rule" };
    const text = (e) => {
      const copy = e.cloneNode(true);
      copy.querySelectorAll(".visually-hidden, .rl-format-note, .rl-was, [hidden]").forEach((n) => n.remove());
      return copy.textContent;
    };
    const blocks = [...document.querySelectorAll(".compare-computed .redline [class*='rl-']")]
      .filter((e) => /^rl-(unchanged|inserted|deleted|modified|moved-from|moved-to)$/.test(e.classList[0]))
      .map((e) => {
        const marks = [];
        const walk = (node, cell) => {
          for (const child of node.children) {
            if (child.matches(".rl-marker, .rl-move-link, .visually-hidden")) continue;
            if (child.matches("td, th")) {
              if (child.querySelector(":scope > .rl-format-note") && !child.textContent.replace(child.querySelector(".rl-format-note").textContent, "").trim()) {
                marks.push(["block-format", child.querySelector(".rl-format-note").textContent.split("; ").length]);
                continue;
              }
              if (cell.count++ > 0) marks.push(["cell"]);
              walk(child, { count: 0 });
            } else if (child.matches("del")) marks.push(["del", text(child)]);
            else if (child.matches("ins")) marks.push(["ins", text(child)]);
            else if (child.matches(".rl-moved-text")) marks.push(["moved", text(child)]);
            else if (child.matches(".rl-format")) marks.push(["format", text(child), child.querySelector(".rl-format-note").textContent.split("; ").length]);
            else if (child.matches(".rl-format-note")) marks.push(["block-format", child.textContent.split("; ").length]);
            else walk(child, cell);
          }
        };
        walk(e, { count: 0 });
        return { change: e.classList[0].slice(3), kind: kinds[e.tagName], marks };
      });
    const counts = [...document.querySelectorAll(".compare-computed .diff-counts > span")].map((s) => [s.className, Number((s.textContent.match(/\d+/) ?? ["NaN"])[0])]);
    return { blocks, counts };
  });
}

function compareMarks(label, want, got) {
  const problems = [];
  const page = got.blocks.map((b) => ({ ...b, marks: merged(b.marks) }));
  // Two versions that read the same: the page says so and shows no redline.
  if (want.statistics.changes === 0 && page.length === 0 && want.blocks.every((b) => b.change === "unchanged" && b.marks.length === 0)) want = { ...want, blocks: [] };
  if (page.length !== want.blocks.length) problems.push(`${want.blocks.length} blocks in legalgen diff, ${page.length} on the page`);
  for (let i = 0; i < Math.min(page.length, want.blocks.length); i++) {
    const [a, b] = [JSON.stringify(want.blocks[i]), JSON.stringify(page[i])];
    if (a !== b) {
      problems.push(`block ${i}:\n      legalgen diff: ${a}\n      page:          ${b}`);
      break;
    }
  }
  const stats = want.statistics;
  const counts = Object.fromEntries(got.counts.map(([name, n]) => [name || "changes", n]));
  const expectedCounts = { changes: stats.changes, "count-ins": stats.wordsInserted, "count-del": stats.wordsDeleted };
  if (stats.blocksMoved > 0) expectedCounts["count-moved"] = stats.blocksMoved;
  if (stats.formattingChanges > 0) expectedCounts["count-format"] = stats.formattingChanges;
  if (stats.changes === 0) Object.keys(expectedCounts).forEach((k) => delete expectedCounts[k]);
  if (JSON.stringify(expectedCounts) !== JSON.stringify(counts)) problems.push(`counts: legalgen diff ${JSON.stringify(expectedCounts)}, page ${JSON.stringify(counts)}`);
  if (problems.length) failures.push(`${label}: ${problems.join("\n    ")}`);
  return problems.length === 0;
}

const browser = await launchChromium();
const context = await browser.newContext();

// The engine loaded once on a page of its own, to compare the whole redline model it computes from the published texts
// — every block's kind, level, marker, indexes, change number, move and segments — with legalgen diff's JSON.
const enginePage = await context.newPage();
await enginePage.goto(`${origin}/index.html`);
await enginePage.evaluate(async () => {
  const { dotnet } = await import("/assets/compare/_framework/dotnet.js");
  const runtime = await dotnet.create();
  window.engine = (await runtime.getAssemblyExports(runtime.getConfig().mainAssemblyName)).LegalGen.Browser.Comparison;
});

// A model as both write it, but for what may differ: heading ids (anchor, section), and links between policies, which
// the Markdown writes from the language's folder (a marker) and a version page from two folders below it.
function comparable(json) {
  return JSON.stringify(json, (key, value) => (key === "anchor" || key === "section" ? undefined : value)).replaceAll("\ufdd0", "../../").replaceAll("\uFDD0", "../../");
}

async function compareModel(label, pair) {
  const { data, older, newer } = pair;
  const translated = older.translated && newer.translated;
  const base = `${origin}/${data.language}/${data.policy}/compare/index.html`;
  const [a, b] = [translated ? older.page : older.bindingPage, translated ? newer.page : newer.bindingPage].map((u) => new URL(u, base).href);
  const model = JSON.parse(await enginePage.evaluate(async ([a, b]) => {
    const text = async (url) => new DOMParser().parseFromString(await (await fetch(url)).text(), "text/html").querySelector("[data-text]").innerHTML;
    return window.engine.Json(await text(a), await text(b));
  }, [a, b]));
  if (comparable(model) !== comparable(pair.json)) {
    const [x, y] = [comparable(pair.json), comparable(model)];
    let at = 0;
    while (at < x.length && x[at] === y[at]) at++;
    failures.push(`${label}: the engine's model differs from legalgen diff's at ${at}:\n      legalgen diff: …${x.slice(Math.max(0, at - 80), at + 80)}…\n      engine:        …${y.slice(Math.max(0, at - 80), at + 80)}…`);
    return false;
  }
  return true;
}
const pairs = samples();
const timings = [];
let forced = 0;
let marks = 0;
let models = 0;
const tally = {};
for (const pair of pairs) {
  const { data, older, newer } = pair;
  const path = `/${data.language}/${data.policy}/compare/index.html`;
  const label = `${data.language}/${data.policy} ${older.date}..${newer.date}${pair.fallback ? " (a translation missing: binding texts)" : ""}${pair.forced ? " (forced)" : ""}`;
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  if (pair.forced) {
    forced++;
    await force(page, path, older, newer);
  }
  const started = Date.now();
  await page.goto(`${origin}${path}?from=${older.date}&to=${newer.date}`);
  try {
    await page.waitForSelector(".compare-computed, .compare-status.notice-problem", { timeout: 120000 });
  } catch (e) {
    failures.push(`${label}: no result within two minutes (${errors.join("; ") || e.message})`);
    await page.close();
    continue;
  }
  const elapsed = Date.now() - started;
  if (!page.url().includes("/compare/")) failures.push(`${label}: the page went to ${page.url()} instead of comparing`);
  const problem = await page.locator(".compare-status.notice-problem").count();
  if (problem) {
    failures.push(`${label}: ${await page.locator(".compare-status").textContent()}`);
    await page.close();
    continue;
  }
  timings.push(elapsed);
  const want = expected(pair);
  const got = await shown(page);
  if (await compareModel(label, pair)) models++;
  if (compareMarks(label, want, got)) {
    for (const block of want.blocks) {
      marks += block.marks.length;
      for (const mark of block.marks) tally[mark[0]] = (tally[mark[0]] ?? 0) + 1;
      if (block.kind === "table-row" && block.change !== "unchanged") tally["changed table rows"] = (tally["changed table rows"] ?? 0) + 1;
    }
  }
  if (errors.length) failures.push(`${label}: script errors: ${errors.join("; ")}`);
  console.log(`  ${label}: ${want.blocks.length} blocks, ${want.statistics.changes} changes, ${elapsed} ms`);
  await page.close();
}

// What the page does besides comparing, on the first compare page.
if (pairs.length > 0) {
  const { data, older, newer } = pairs[0];
  const dir = `${data.language}/${data.policy}/compare`;
  // axe-core is injected as an inline script, which the site's policy rightly refuses: this page ignores it.
  const page = await (await browser.newContext({ bypassCSP: true })).newPage();
  const statusOf = async () => (await page.locator(".compare-status").textContent()).trim();
  const [withPage] = Object.entries(data.pairs);
  if (withPage) {
    const [from, to] = withPage[0].split("..");
    await page.goto(`${origin}/${dir}/index.html?from=${to}&to=${from}`);
    await page.waitForURL((url) => url.pathname.includes("/diff/"), { timeout: 30000 }).catch(() => {});
    if (!page.url().endsWith(`/diff/${from}..${to}/index.html`)) failures.push(`${dir}: ?from=${to}&to=${from} did not open the pair's diff page (at ${page.url()})`);
  }
  await page.goto(`${origin}/${dir}/index.html?from=${older.date}&to=${older.date}`);
  if ((await statusOf()) !== data.strings.texts.compare_same_version) failures.push(`${dir}: the same version twice is not said so: "${await statusOf()}"`);
  await page.goto(`${origin}/${dir}/index.html?from=1999-01-01&to=${older.date}`);
  if (!(await statusOf()).includes("1999-01-01")) failures.push(`${dir}: an unknown version is not said so: "${await statusOf()}"`);

  // Opened from disk: a copy of the page beside it, as it is once the pair has no diff page.
  const copy = join(site, dir, "index.from-disk-check.html");
  writeFileSync(copy, withoutDiffPage(readFileSync(join(site, dir, "index.html"), "utf8"), older, newer));
  try {
    await page.goto(`file://${copy}?from=${older.date}&to=${newer.date}`);
    const said = await statusOf();
    if (!said.includes(`legalgen diff ${data.policy} ${older.date} ${newer.date}`)) failures.push(`${dir}: opened from disk, the page does not say how to compare: "${said}"`);
  } finally {
    rmSync(copy);
  }

  // The page with a comparison shown: valid HTML, and accessible.
  if (pairs[0].forced) await force(page, `/${dir}/index.html`, older, newer);
  await page.goto(`${origin}/${dir}/index.html?from=${older.date}&to=${newer.date}`);
  await page.waitForSelector(".compare-computed", { timeout: 120000 });
  const rendered = join(mkdtempSync(join(tmpdir(), "legalgen-compare-")), "compared.html");
  writeFileSync(rendered, "<!DOCTYPE html>\n" + (await page.evaluate(() => document.documentElement.outerHTML)));
  const validator = spawnSync("java", ["-jar", require("vnu-jar"), "--errors-only", "--format", "gnu", rendered], { encoding: "utf8" });
  const invalid = (validator.stderr + validator.stdout).trim();
  if (invalid) failures.push(`${dir} with a comparison shown is not valid HTML:\n${invalid}`);
  rmSync(dirname(rendered), { recursive: true });
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const axe = JSON.parse(await page.evaluate(async () => JSON.stringify(await axe.run(document, {
    runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
  }))));
  for (const v of axe.violations) failures.push(`${dir} with a comparison shown: ${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join("\n    ")}`);
  console.log(`  ${dir}: a pair with a diff page, the same version, an unknown version, from disk; with a comparison shown: ${axe.violations.length} accessibility violations, ${invalid ? "invalid" : "valid"} HTML`);
  await page.close();
}

await browser.close();
server.close();
const sorted = [...timings].sort((a, b) => a - b);
console.log(`In-browser comparison: ${pairs.length} pairs checked (${forced} forced), ${models} whole redline models equal to legalgen diff's, ${marks} marks shown compared with it `
  + `(${Object.entries(tally).sort().map(([k, n]) => `${n} ${k}`).join(", ")}); `
  + `first result ${timings[0] ?? "-"} ms, median ${sorted[Math.floor(sorted.length / 2)] ?? "-"} ms`);
if (failures.length) {
  console.error(failures.join("\n"));
  process.exit(1);
}
console.log("Compare checks passed.");
