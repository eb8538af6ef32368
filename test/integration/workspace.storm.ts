// The storm suite (`node test/vscode/run.mjs --storm`): a git repository of 16,000 interviews opened
// in a real VS Code (test/vscode/storm.mjs makes it), and the storms such a repository brings: a
// `git checkout` that rewrites 1,000 files, deletes 100 and adds 100 at once; files renamed and
// deleted on disk while open in an editor; a folder of 1,000 more moved in from outside (the watcher
// reports the folder, not its files). After each storm settles, the index holds exactly what is on
// disk and the pipeline view counts what the index holds. The extension host's heap, its event-loop
// delay while indexing and the time each storm took to settle go to test-results/storm.json.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { IntervalHistogram } from 'node:perf_hooks';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import * as vscode from 'vscode';
import type { InterviewsApi } from '../../src/extension/main';
import type { PipelineNode } from '../../src/extension/pipeline/nodes';
import { extensionUnderTest, fixture, labelOf, untilIndex } from './helpers';

interface Manifest {
  repo: string;
  branches: { main: Record<string, string>; moved: Record<string, string> };
  incoming: { folder: string; files: Record<string, string> };
}

const STAGES = ['prospect', 'requested', 'scheduled', 'met', 'followed_up', 'closed'];
const STAGE_LABELS = ['Prospect', 'Requested', 'Scheduled', 'Met', 'Followed up', 'Closed'];
const SETTLE_MS = 300_000;
/** What the extension host may keep per interview on top of what it held before: a summary, not the text or the parse. */
const HEAP_PER_FILE_KB = 20;
/** How long, at the 99th percentile, anything else in the extension host may wait for a turn while it indexes. */
const MAX_LOOP_DELAY_P99_MS = 50;
const repoRoot = path.resolve(__dirname, '..', '..', '..');
const reportFile = path.join(repoRoot, 'test-results', 'storm.json');

v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;
/** The heap the extension host keeps: measured after a full garbage collection, not with the garbage of the last scan. */
const heapMb = () => {
  collectGarbage();
  return Math.round((process.memoryUsage().heapUsed / 1024 / 1024) * 10) / 10;
};

describe('a repository of 16,000 interviews and its storms', function () {
  this.timeout(SETTLE_MS + 60_000);
  let api: InterviewsApi;
  let manifest: Manifest;
  /** What each interview file on disk holds: URI string → stage. */
  let expected = new Map<string, string>();
  const report: Record<string, number> = {};
  const repo = () => fixture(manifest.repo);

  const onDisk = (root: vscode.Uri, files: Record<string, string>) => new Map(Object.entries(files).map(([name, stage]) => [vscode.Uri.joinPath(root, name).toString(), stage]));
  /** Whether the index holds exactly the files on disk, each with the stage it has on disk. */
  const matchesDisk = () => {
    const index = api.deps.workspace.index;
    for (const [key, stage] of expected) if (index.get(key)?.stage !== stage) return false;
    return [...index.values()].length === expected.size;
  };
  const mismatch = () => {
    const index = api.deps.workspace.index;
    const wrong = [...expected].filter(([key, stage]) => index.get(key)?.stage !== stage);
    const extra = [...index.values()].filter((summary) => !expected.has(summary.key));
    return `${wrong.length} missing or stale (first: ${wrong[0]?.[0] ?? '-'}), ${extra.length} not on disk (first: ${extra[0]?.key ?? '-'})`;
  };
  const settle = async (what: string) => {
    const started = Date.now();
    await untilIndex(api, matchesDisk, what, SETTLE_MS).catch((error: Error) => {
      throw new Error(`${error.message}: ${mismatch()}`);
    });
    return Date.now() - started;
  };
  const git = (...args: string[]) => execFileSync('git', ['-c', 'core.fsmonitor=false', '-c', 'gc.auto=0', ...args], { cwd: repo().fsPath, stdio: 'pipe' });

  /** The extension host's event-loop delay while it indexes the repository: how long anything else waited for a turn. */
  let loopDelay: IntervalHistogram | undefined;

  before(async () => {
    manifest = JSON.parse(fs.readFileSync(path.join(path.dirname(fixture('').fsPath), 'storm-manifest.json'), 'utf8')) as Manifest;
    loopDelay = monitorEventLoopDelay({ resolution: 10 });
    loopDelay.enable();
    api = (await extensionUnderTest().activate()) as unknown as InterviewsApi;
  });

  after(() => {
    fs.mkdirSync(path.dirname(reportFile), { recursive: true });
    fs.writeFileSync(reportFile, `${JSON.stringify(report, null, 2)}\n`);
  });

  it('indexes every interview of the repository it opens', async () => {
    const started = Date.now();
    await api.ready;
    report.files = Object.keys(manifest.branches.main).length;
    report.readyAfterTestStartMs = Date.now() - started;
    expected = onDisk(repo(), manifest.branches.main);
    report.settledMs = await settle('the 16,000 files in the index');
    if (loopDelay) {
      loopDelay.disable();
      // Nanoseconds to milliseconds; what the 10 ms sampling adds is taken off.
      report.eventLoopDelayP99Ms = Math.max(0, Math.round(loopDelay.percentile(99) / 1e6 - 10));
      report.eventLoopDelayMaxMs = Math.max(0, Math.round(loopDelay.max / 1e6 - 10));
      assert.ok(report.eventLoopDelayP99Ms <= MAX_LOOP_DELAY_P99_MS, `the extension host's event loop waited ${report.eventLoopDelayP99Ms} ms (p99) while indexing`);
    }
    report.heapAfterIndexMb = heapMb();
    assert.ok(report.heapAfterIndexMb < (report.files * HEAP_PER_FILE_KB) / 1024 + 100, `the extension host's heap is ${report.heapAfterIndexMb} MB with ${report.files} interviews`);
  });

  it('absorbs a git checkout that rewrites 1,000 files, deletes 100 and adds 100', async () => {
    expected = onDisk(repo(), manifest.branches.moved);
    git('checkout', '-q', 'moved');
    report.checkoutSettledMs = await settle('the index to match the checked-out branch');
  });

  it('follows a file renamed on disk while open, and one deleted while open', async () => {
    const [renamed, deleted] = [...expected.keys()].slice(0, 2).map((key) => vscode.Uri.parse(key));
    for (const uri of [renamed, deleted]) await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
    const target = vscode.Uri.joinPath(repo(), 'renamed.interview.yaml');
    fs.renameSync(renamed.fsPath, target.fsPath);
    fs.rmSync(deleted.fsPath);
    expected.set(target.toString(), expected.get(renamed.toString()) ?? '');
    expected.delete(renamed.toString());
    expected.delete(deleted.toString());
    try {
      report.openRenameDeleteSettledMs = await settle('the renamed and the deleted open files to be followed');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
  });

  it('indexes a folder of 1,000 interviews moved in from outside the workspace', async () => {
    const target = fixture('incoming');
    fs.renameSync(manifest.incoming.folder, target.fsPath);
    for (const [key, stage] of onDisk(target, manifest.incoming.files)) expected.set(key, stage);
    report.moveInSettledMs = await settle('the moved-in files in the index');
  });

  it('shows in the pipeline view exactly what the index holds, and quickly', async () => {
    const provider = api.pipeline.provider;
    let started = Date.now();
    const groups = await provider.getChildren();
    report.rootChildrenMs = Date.now() - started;
    assert.deepEqual(groups.map(labelOf).slice(1), STAGE_LABELS);
    const index = [...api.deps.workspace.index.values()];
    for (const [position, stage] of STAGES.entries()) {
      const group = groups[position + 1] as PipelineNode;
      const count = index.filter((summary) => summary.stage === stage).length;
      assert.equal(group.description, String(count), `the count of ${stage}`);
      started = Date.now();
      const items = await provider.getChildren(group);
      report[`${stage}ChildrenMs`] = Date.now() - started;
      assert.equal(items.length, count, `the items of ${stage}`);
    }
    report.heapEndMb = heapMb();
  });
});
