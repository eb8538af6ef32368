#!/usr/bin/env node
// The entry of the GitHub Action (action.yml at the repository root, which builds interview-lint
// first): runs interview-lint on the action's paths, writes the SARIF log for
// github/codeql-action/upload-sarif, prints the findings as annotations when asked, sets the step's
// outputs and exits with interview-lint's exit code (0 no errors; 1 errors, or more warnings than
// max-warnings; 2 bad usage or unreadable input).
//
// The inputs arrive as environment variables set by action.yml — INPUT_PATHS, INPUT_MIN_SEVERITY,
// INPUT_MAX_WARNINGS, INPUT_TODAY, INPUT_SARIF_FILE, INPUT_ANNOTATIONS — and reach interview-lint as
// arguments, never through a shell. INTERVIEW_LINT_BIN names the interview-lint script to run
// (default: bin/interview-lint.js beside this folder), so a test can run a bundle it built.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const actionRoot = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

/** An input of the action, trimmed; the fallback when it is empty or missing. */
function input(name, fallback = '') {
  const value = (process.env[`INPUT_${name}`] ?? '').trim();
  return value === '' ? fallback : value;
}

/** Appends `name=value` lines to the step's outputs, when the runner gives a file for them. */
function setOutputs(outputs) {
  const file = process.env.GITHUB_OUTPUT;
  if (!file) return;
  fs.appendFileSync(file, Object.entries(outputs).map(([name, value]) => `${name}=${value}\n`).join(''));
}

function main() {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 20) {
    console.log(`::error::interview-lint needs Node.js 20 or later, and this runner has ${process.version}: add actions/setup-node (node-version: 20) before this action.`);
    return 2;
  }
  // Paths are separated by spaces or new lines, so one cannot contain a space (a glob's ? can stand in for it).
  const paths = input('PATHS', '.').split(/\s+/).filter(Boolean);
  const options = ['--min-severity', input('MIN_SEVERITY', 'hint')];
  const maxWarnings = input('MAX_WARNINGS');
  if (maxWarnings !== '') options.push('--max-warnings', maxWarnings);
  const today = input('TODAY');
  if (today !== '') options.push('--today', today);
  const sarifFile = path.resolve(input('SARIF_FILE', 'interview-lint.sarif'));
  const bin = process.env.INTERVIEW_LINT_BIN || path.join(actionRoot, 'bin', 'interview-lint.js');

  const lint = spawnSync(process.execPath, [bin, '--format', 'sarif', ...options, ...paths], { encoding: 'utf8', maxBuffer: 2 ** 30, stdio: ['ignore', 'pipe', 'inherit'] });
  if (lint.error) {
    console.log(`::error::interview-lint did not run: ${lint.error.message}`);
    return 2;
  }
  const code = lint.status ?? 2;
  let log;
  try {
    log = JSON.parse(lint.stdout);
  } catch {
    // A usage error (a bad min-severity, say) prints its reason on stderr and no report.
    console.log(`::error::interview-lint wrote no SARIF log (exit code ${code}); see its message above.`);
    setOutputs({ 'exit-code': code });
    return code === 0 ? 2 : code;
  }
  fs.mkdirSync(path.dirname(sarifFile), { recursive: true });
  fs.writeFileSync(sarifFile, lint.stdout);

  if (input('ANNOTATIONS', 'false') === 'true') {
    // The same lint again, as workflow commands; its stderr repeats the first run's, so it is dropped.
    spawnSync(process.execPath, [bin, '--format', 'github', ...options, ...paths], { stdio: ['ignore', 'inherit', 'ignore'] });
  }

  const levels = { error: 0, warning: 0, note: 0 };
  for (const result of log.runs?.[0]?.results ?? []) if (result.level in levels) levels[result.level]++;
  setOutputs({ 'sarif-file': sarifFile, 'exit-code': code, errors: levels.error, warnings: levels.warning, notes: levels.note });
  const shown = path.relative(process.cwd(), sarifFile) || sarifFile;
  console.log(`interview-lint: ${levels.error} error(s), ${levels.warning} warning(s), ${levels.note} note(s); SARIF written to ${shown}; exit code ${code}.`);
  return code;
}

process.exitCode = main();
