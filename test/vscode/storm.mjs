// The workspace of the storm suite (test/integration/*.storm.ts, `node test/vscode/run.mjs --storm`):
// a git repository of 16,000 interviews in 100 team folders, opened in VS Code as a user opens their
// notes, with a second branch ready to check out (1,000 files change stage, 100 are deleted, 100
// added), and beside the workspace a folder of 1,000 more interviews for the suite to move in.
// The suite reads what each storm should leave on disk from storm-manifest.json, beside the workspace.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { HarnessError, tempDir } from './code-server.mjs';

const FILES = 16_000;
const REWRITTEN = 1_000;
const DELETED = 100;
const ADDED = 100;
const INCOMING = 1_000;
const STAGES = ['prospect', 'requested', 'scheduled', 'met', 'followed_up', 'closed'];

/** An interview at a stage, shaped like the examples: enough for every rule to have work. */
function interview(i, stage) {
  const met = ['met', 'followed_up', 'closed'].includes(stage);
  const lines = ['version: 1', 'contact:', `  name: Person ${i}`, `  company: Company ${i % 250}`, '  connection: first', `stage: ${stage}`, `tags: [team-${i % 7}]`];
  if (stage !== 'prospect') lines.push('requested: 2026-10-01', 'outreach: |', '  Would you have twenty minutes to tell me about your work?');
  if (stage === 'scheduled' || met) lines.push('meeting:', '  date: 2026-10-20', '  format: video', '  minutes: 25');
  if (met) lines.push('follow_up:', '  thanked: 2026-10-20');
  if (stage === 'closed') lines.push('closed_reason: They moved to another field.');
  lines.push('questions:', '  - What does a typical day look like for you?', '  - What do you like most about your work?', 'notes: |', `  Met through a friend. ${'We talked about the work and the field. '.repeat(3)}`);
  return `${lines.join('\n')}\n`;
}

const fileName = (i) => `team-${String(i % 100).padStart(2, '0')}/person-${i}.interview.yaml`;

function git(cwd, ...args) {
  try {
    execFileSync('git', ['-c', 'user.name=Storm', '-c', 'user.email=storm@example.com', '-c', 'core.fsmonitor=false', '-c', 'gc.auto=0', ...args], {
      cwd,
      stdio: 'pipe',
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    if (error.code === 'ENOENT') throw new HarnessError('The storm suite needs git. Install with:  apt-get update && apt-get install -y git');
    throw error;
  }
}

/** Writes `files` (relative path → stage) under `root`. */
function writeAll(root, files) {
  for (const [name, stage] of Object.entries(files)) {
    const file = path.join(root, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, interview(Number(/person-(\d+)/.exec(name)[1]), stage));
  }
}

/** Creates the storm workspace in a temporary folder and returns the workspace folder's path. */
export function stormWorkspace() {
  const base = tempDir('vscode-test-storm-');
  const workspace = path.join(base, 'workspace');
  const repo = path.join(workspace, 'notes');
  const main = {};
  for (let i = 0; i < FILES; i++) main[fileName(i)] = STAGES[i % STAGES.length];
  const moved = { ...main };
  for (let n = 0; n < REWRITTEN; n++) moved[fileName(n * 7)] = STAGES[(n * 7 + 1) % STAGES.length];
  for (let n = 0; n < DELETED; n++) delete moved[fileName(n * 13 + 5)];
  for (let i = FILES; i < FILES + ADDED; i++) moved[fileName(i)] = 'prospect';
  const incoming = {};
  for (let i = FILES + ADDED; i < FILES + ADDED + INCOMING; i++) incoming[`${['east', 'west'][i % 2]}/${fileName(i)}`] = STAGES[i % STAGES.length];

  writeAll(repo, main);
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'Ten thousand interviews');
  git(repo, 'checkout', '-q', '-b', 'moved');
  for (const name of Object.keys(main)) if (!(name in moved)) fs.rmSync(path.join(repo, name));
  writeAll(
    repo,
    Object.fromEntries(Object.entries(moved).filter(([name, stage]) => main[name] !== stage)),
  );
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'A thousand moves');
  git(repo, 'checkout', '-q', 'main');
  writeAll(path.join(base, 'incoming'), incoming);

  const manifest = { repo: 'notes', branches: { main, moved }, incoming: { folder: path.join(base, 'incoming'), files: incoming } };
  fs.writeFileSync(path.join(base, 'storm-manifest.json'), `${JSON.stringify(manifest)}\n`);
  return workspace;
}
