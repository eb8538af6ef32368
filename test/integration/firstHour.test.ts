// A new user's first hour (issue 19), in a real VS Code: each scenario as the user met it — New
// Interview and its quick fix, the pipeline view's context menu, a misspelt stage, a contact who
// already has a file, Lint Workspace, `npm start`, a narrow side bar, the CodeLens, the Explorer's
// menu and the polish — and what the extension does now. Prompts and messages are answered through
// the extension's `ui` service, which shows VS Code's own and reports each as it opens.
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { addDays } from '../../src/core/dates';
import { RECOMMENDED_QUESTIONS, REFERRAL_ASK } from '../../src/core/phrases';
import { questionKey } from '../../src/core/questions';
import type { InterviewsApi } from '../../src/extension/main';
import type { InterviewItem } from '../../src/extension/pipeline/nodes';
import type { Shown } from '../../src/extension/shared/ui';
import { applyCodeAction, codeActionsAt, completionsAt, labelOf as completionLabel } from './editorSupport';
import { MemoryFileSystem } from './web/memfs';
import { answering, extensionUnderTest, fixture, interviewDiagnosticCounts, itemIn, labelOf, LEAVE, lineOf, nextShown, ruleId, untilIndex, untilTree, waitForDiagnostics, withScratchFolder, withTimeout } from './helpers';

let api: InterviewsApi;
const scratchName = `first-hour-${Date.now().toString(36)}`;
const scratch = fixture(scratchName);
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const today = () => api.deps.today.value;

async function readDisk(uri: vscode.Uri): Promise<string> {
  return decoder.decode(await vscode.workspace.fs.readFile(uri));
}

/** Writes an interview into the scratch folder (as another editor or `git` would) and waits until the index has it. */
async function scratchFile(name: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(scratch, `${name}.interview.yaml`);
  await vscode.workspace.fs.writeFile(uri, encoder.encode(text));
  await untilIndex(api, () => api.deps.workspace.index.get(uri.toString()) !== undefined, `${name} in the index`);
  return uri;
}

/** The pipeline item of an interview in a top-level group, once the view shows it there. */
async function itemOf(group: string, label: string): Promise<InterviewItem> {
  await untilTree(api, async () => (await itemIn(api, group, label)) !== undefined, `"${label}" under "${group}"`, 10_000);
  return (await itemIn(api, group, label)) as InterviewItem;
}

/** The package.nls.json strings, to read the titles VS Code shows for `%key%` entries. */
function nls(): Record<string, string> {
  return JSON.parse(fs.readFileSync(path.join(extensionUnderTest().extensionPath, 'package.nls.json'), 'utf8')) as Record<string, string>;
}
const localized = (value: string) => value.replace(/^%(.+)%$/, (_, key: string) => nls()[key] ?? value);

describe('a new user’s first hour', () => {
  before(async () => {
    api = (await extensionUnderTest().activate()) as unknown as InterviewsApi;
    await withTimeout(api.ready, 30_000, 'the extension to be ready');
    api.pipeline.provider.setGrouping('stage');
    api.pipeline.provider.setTag(undefined);
  });
  withScratchFolder(scratch, `${scratchName}/people`, () => api);

  describe('the job-ask quick fix and the recommended questions', () => {
    it('never offers a question the new interview asks already, and words "most and least" one way everywhere', async () => {
      const uri = await vscode.commands.executeCommand<vscode.Uri>('interviews.newInterview', { name: 'Hana Sato', company: 'Tidewater Labs', connection: 'first' });
      assert.ok(uri);
      const editor = vscode.window.activeTextEditor;
      assert.equal(editor?.document.uri.toString(), uri.toString());
      // The template asks the four recommended questions, worded as the constant words them.
      const template = editor.document.getText();
      for (const question of RECOMMENDED_QUESTIONS) assert.ok(template.includes(`  - ${question}\n`), `the template asks "${question}"`);
      assert.match(RECOMMENDED_QUESTIONS[2], /most and least/);
      // The user adds a job ask after them, as in the issue.
      const last = lineOf(editor.document, RECOMMENDED_QUESTIONS[3]);
      assert.ok(await editor.edit((edit) => edit.insert(editor.document.lineAt(last).range.end, '\n  - Are you hiring for my role?')));
      const diagnostics = await waitForDiagnostics(uri, (all) => all.some((diagnostic) => ruleId(diagnostic) === 'no-job-ask'), 'the job ask');
      const jobAsk = diagnostics.find((diagnostic) => ruleId(diagnostic) === 'no-job-ask');
      assert.ok(jobAsk);
      const fixes = (await codeActionsAt(uri, jobAsk.range, vscode.CodeActionKind.QuickFix.value)).filter((action) => action.title.startsWith('Ask instead'));
      // All four are asked already: only the referral ask is left, and it is the preferred fix.
      assert.deepEqual(
        fixes.map((action) => action.title),
        [`Ask instead: "${REFERRAL_ASK}"`],
      );
      assert.equal(fixes[0].isPreferred, true);
      assert.equal(await applyCodeAction(fixes[0]), true);
      const questions = editor.document
        .getText()
        .split('\n')
        .filter((line) => line.startsWith('  - '))
        .map((line) => questionKey(line.slice(4)));
      assert.equal(new Set(questions).size, questions.length, `no question is asked twice: ${questions.join(' | ')}`);
      await vscode.commands.executeCommand('workbench.action.files.save');

      // The snippets word the question as the template does, and completion offers no question the file asks.
      const snippets = fs.readFileSync(path.join(extensionUnderTest().extensionPath, 'snippets', 'interview.code-snippets'), 'utf8');
      assert.ok(!snippets.includes('most/least'), 'no snippet says "most/least"');
      assert.ok(snippets.includes(RECOMMENDED_QUESTIONS[2]));
      const end = editor.document.lineAt(lineOf(editor.document, REFERRAL_ASK)).range.end;
      assert.ok(await editor.edit((edit) => edit.insert(end, '\n  - ')));
      const offered = (await completionsAt(uri, end.translate(1, 4 - end.character))).map(completionLabel);
      for (const question of [...RECOMMENDED_QUESTIONS, REFERRAL_ASK]) assert.ok(!offered.includes(question), `completion does not offer "${question}" again`);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });

    it('takes the format list’s "most/least" for the same question, and does not offer it again', async () => {
      const text = ['contact:', '  name: Ravi Menon', 'stage: scheduled', 'questions:', '  - What do you like most/least about the job?', '  - Could you refer me for the analyst opening?', ''].join('\n');
      const uri = await scratchFile('ravi-menon', text);
      await vscode.window.showTextDocument(uri, { preview: false });
      const diagnostics = await waitForDiagnostics(uri, (all) => all.some((diagnostic) => ruleId(diagnostic) === 'no-job-ask'), 'the job ask');
      const jobAsk = diagnostics.find((diagnostic) => ruleId(diagnostic) === 'no-job-ask');
      assert.ok(jobAsk);
      const titles = (await codeActionsAt(uri, jobAsk.range, vscode.CodeActionKind.QuickFix.value)).map((action) => action.title).filter((title) => title.startsWith('Ask instead'));
      assert.ok(titles.length > 0, 'rephrasings are offered');
      assert.ok(!titles.some((title) => title.includes(RECOMMENDED_QUESTIONS[2])), `not the question the file words "most/least": ${titles.join(' | ')}`);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    });
  });

  describe('commands from the pipeline view', () => {
    it('Mark Thank-You Sent asks when it went out, says what it changed and offers Undo for a file that is not open', async () => {
      const meeting = addDays(today(), -21);
      const original = ['# Coffee three weeks ago.', 'contact:', '  name: Ines Duarte', '  company: Quarry Labs', 'stage: met', 'meeting:', `  date: ${meeting}`, 'follow_up:', '  referrals_asked: true   # she named two people', ''].join('\n');
      const uri = await scratchFile('ines-duarte', original);
      const item = await itemOf('Met', 'Ines Duarte — Quarry Labs');
      const thankedOn = addDays(meeting, 1);
      let refusal: string | undefined;
      const prompts = answering(api, (shown) => {
        if (shown.kind !== 'input') return LEAVE;
        refusal = shown.answer(addDays(today(), 1));
        return thankedOn;
      });
      const report = nextShown(api, (shown) => shown.kind === 'information' && shown.text.startsWith('Mark the thank-you as sent'), 'the message saying what changed');
      try {
        // The view's context menu passes the item and the selection.
        assert.equal(await vscode.commands.executeCommand('interviews.markThanked', item, [item]), true);
      } finally {
        prompts.dispose();
      }
      const asked = prompts.shown.find((shown) => shown.kind === 'input');
      assert.equal(asked?.text, 'When did the thank-you to Ines Duarte go out?');
      assert.equal(asked.value, today(), 'today by default');
      assert.match(String(refusal), /after today/, 'a date after today is refused');
      const changed = await readDisk(uri);
      assert.equal(changed, original.replace('follow_up:\n', `follow_up:\n  thanked: ${thankedOn}\n`));
      // The day after the meeting is on time: no thank-you-late (nor thank-you) warning.
      await waitForDiagnostics(uri, (all) => !all.some((diagnostic) => ['thank-you', 'thank-you-late'].includes(String(ruleId(diagnostic)))), 'no thank-you problem');

      const message = await withTimeout(report, 5_000, 'the report');
      assert.match(message.text, new RegExp(`ines-duarte\\.interview\\.yaml: follow_up\\.thanked ${thankedOn}`));
      assert.deepEqual(message.choices, ['Undo', 'Open'], 'the file is not open: Undo and Open');
      const undone = nextShown(api, (shown) => shown.text.startsWith('Undone'), 'the undo to be done');
      assert.equal(message.answer('Undo'), undefined);
      await withTimeout(undone, 5_000, 'Undo');
      assert.equal(await readDisk(uri), original, 'Undo restores the file exactly');
    });

    it('offers Undo and leaves no tab behind when VS Code opens the changed file before the save is done', async () => {
      // VS Code opens an editor for a document that stays unsaved for a moment. On a slow disk (here
      // a write takes a second and a half) the tab can appear while the command's save runs: the
      // test opens it there, as VS Code would. The file was not open, so the message offers Undo,
      // and the tab the change caused is closed once the file is saved.
      const scheme = 'interviews-slow-disk';
      const registration = vscode.workspace.registerFileSystemProvider(scheme, new MemoryFileSystem({ writeDelayMs: 1_500 }), { isCaseSensitive: true });
      const uri = vscode.Uri.from({ scheme, path: '/leo-park.interview.yaml' });
      const opened = vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document.uri.toString() === uri.toString() && event.document.isDirty) void vscode.window.showTextDocument(event.document, { preview: false, preserveFocus: true });
      });
      try {
        const original = ['contact:', '  name: Leo Park', 'stage: met', 'meeting:', `  date: ${addDays(today(), -1)}`, ''].join('\n');
        await vscode.workspace.fs.writeFile(uri, encoder.encode(original));
        const report = nextShown(api, (shown) => shown.kind === 'information' && shown.text.startsWith('Mark the thank-you as sent'), 'the message saying what changed', 20_000);
        assert.equal(await vscode.commands.executeCommand('interviews.markThanked', uri, { date: today() }), true);
        opened.dispose();
        assert.match(decoder.decode(await vscode.workspace.fs.readFile(uri)), new RegExp(`^ {2}thanked: ${today()}$`, 'm'));
        const message = await withTimeout(report, 20_000, 'the report');
        assert.deepEqual(message.choices, ['Undo', 'Open'], 'the file was not open: Undo and Open');
        const tabs = vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === uri.toString());
        assert.deepEqual(tabs.map((tab) => tab.label), [], 'no tab is left open on the file');
        message.answer(undefined);
      } finally {
        opened.dispose();
        registration.dispose();
      }
    });

    it('Advance Stage asks about the referral question and the next check-in, and says what it set', async () => {
      const meeting = addDays(today(), -3);
      const original = ['contact:', '  name: Tomas Berg', '  company: Quarry Labs', 'stage: met', 'meeting:', `  date: ${meeting}`, 'follow_up:', `  thanked: ${meeting}`, ''].join('\n');
      const uri = await scratchFile('tomas-berg', original);
      const item = await itemOf('Met', 'Tomas Berg — Quarry Labs');
      const prompts = answering(api, (shown) => (shown.kind === 'pick' ? '$(check) Yes, I asked' : shown.kind === 'input' ? (shown.value ?? '') : LEAVE));
      const report = nextShown(api, (shown) => shown.kind === 'information' && shown.text.startsWith('Advance to followed_up'), 'the message saying what changed');
      try {
        assert.equal(await vscode.commands.executeCommand('interviews.advanceStage', item, [item]), true);
      } finally {
        prompts.dispose();
      }
      const next = addDays(today(), 30);
      assert.deepEqual(
        prompts.shown.filter((shown) => shown.kind !== 'information').map((shown) => [shown.kind, shown.text]),
        [
          ['pick', 'Did you ask Tomas Berg who else you should talk to?'],
          ['input', 'Next check-in with Tomas Berg'],
        ],
      );
      assert.equal(prompts.shown.find((shown) => shown.kind === 'input')?.value, next, 'the next check-in is offered, not set silently');
      const text = await readDisk(uri);
      assert.match(text, /^stage: followed_up$/m);
      assert.match(text, /^ {2}referrals_asked: true$/m);
      assert.match(text, new RegExp(`^ {2}next: ${next}$`, 'm'));
      await waitForDiagnostics(uri, (all) => !all.some((diagnostic) => ['ask-referral', 'keep-in-touch', 'stage-mismatch'].includes(String(ruleId(diagnostic)))), 'no new warning');
      const message = await withTimeout(report, 5_000, 'the report');
      assert.match(message.text, /stage met → followed_up/);
      assert.match(message.text, /follow_up\.referrals_asked true/);
      assert.match(message.text, new RegExp(`follow_up\\.next ${next}`));
      assert.ok(message.choices.includes('Undo'));

      // Changed on disk since: Undo leaves the file alone and says why.
      const edited = `${text}notes: Sent her the article.\n`;
      await vscode.workspace.fs.writeFile(uri, encoder.encode(edited));
      const refused = nextShown(api, (shown) => shown.kind === 'warning' && shown.text.startsWith('Undo '), 'the refusal');
      message.answer('Undo');
      assert.match((await withTimeout(refused, 5_000, 'the refusal')).text, /has changed since, so nothing was undone/);
      assert.equal(await readDisk(uri), edited);
    });
  });

  describe('a stage that is not a stage', () => {
    const text = ['version: 1', 'contact:', '  name: Jordan Lee', '  role: Policy Advisor', '  compnay: City of Oakland', '  connection: third', '  via: Sam Patel', 'stage: sheduled', 'tags: [public-sector]', 'requested: 2026-11-19', 'meeting:', '  date: 2026-12-10', ''].join('\n');
    let uri: vscode.Uri;

    before(async () => {
      uri = await scratchFile('jordan-lee', text);
    });

    it('shows it apart as "Stage unknown", with its error, never under Prospect', async () => {
      const item = await itemOf('Stage unknown', 'Jordan Lee');
      const roots = await api.pipeline.provider.getChildren();
      assert.equal(labelOf(roots[1]), 'Stage unknown', 'right after Due');
      assert.equal(await itemIn(api, 'Prospect', 'Jordan Lee'), undefined, 'not under Prospect');
      assert.equal(item.description, '"sheduled" is not a stage');
      assert.equal((item.iconPath as vscode.ThemeIcon).id, 'error');
      assert.doesNotMatch(String(item.contextValue), /\bopen\b|stage-prospect/);
      const tooltip = (await api.pipeline.provider.resolveTreeItem(item, item)).tooltip as vscode.MarkdownString;
      assert.doesNotMatch(tooltip.value, /Stage: Prospect/);
      assert.match(tooltip.value, /Stage unknown/);
      const stageError = api.deps.workspace.index.get(uri.toString())?.issues.find((issue) => issue.ruleId === 'schema' && issue.message.includes('sheduled'));
      assert.ok(stageError, 'the schema rule reports the stage');
      assert.match(tooltip.value, /\$\(error\)[^\n]*sheduled/, 'the tooltip gives the error');
    });

    it('reports it apart in the Markdown export and as written in the CSV', async () => {
      const markdown = vscode.Uri.joinPath(scratch, 'report.md');
      await vscode.commands.executeCommand('interviews.exportMarkdown', { target: markdown });
      const report = await readDisk(markdown);
      const unknown = report.indexOf('### Stage unknown (1)');
      assert.ok(unknown >= 0, 'a section of its own');
      const line = report.split('\n').find((candidate) => candidate.includes('**Jordan Lee**'));
      assert.match(String(line), /"sheduled" is not a stage/);
      const prospects = report.slice(report.indexOf('### Prospect'), report.indexOf('### Requested'));
      assert.ok(!prospects.includes('Jordan Lee'), 'not listed as a prospect');
      assert.match(report, /^\| Stage unknown \| 1 \|$/m);
      const csv = vscode.Uri.joinPath(scratch, 'out.csv');
      await vscode.commands.executeCommand('interviews.exportCsv', { target: csv });
      assert.match(await readDisk(csv), /^Jordan Lee,Policy Advisor,,third,sheduled,/m);
    });

    it('is not advanced from "prospect": Advance Stage says why and offers Set Stage…, the CodeLens offers to set it', async () => {
      const warning = nextShown(api, (shown) => shown.kind === 'warning' && shown.text.startsWith('Advance Stage'), 'the refusal');
      assert.equal(await vscode.commands.executeCommand('interviews.advanceStage', uri), false);
      const shown = await withTimeout(warning, 5_000, 'the refusal');
      assert.match(shown.text, /"sheduled", is not a stage/);
      assert.deepEqual(shown.choices, ['Set Stage…']);
      assert.equal(await readDisk(uri), text);
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
      assert.deepEqual(
        lenses.map((lens) => [lens.command?.title, lens.command?.command]),
        [['Set the stage', 'interviews.setStage']],
      );
      // Set to a stage, it leaves the group, which goes when empty.
      assert.equal(await vscode.commands.executeCommand('interviews.setStage', uri, { stage: 'scheduled' }), true);
      await itemOf('Scheduled', 'Jordan Lee');
      assert.ok(!(await api.pipeline.provider.getChildren()).some((node) => labelOf(node) === 'Stage unknown'));
    });
  });

  describe('New Interview', () => {
    it('looks for the person first and offers to open their file instead of writing a second one', async () => {
      const existing = fixture('pipeline/grace-obi.interview.yaml');
      const before = (await vscode.workspace.fs.readDirectory(scratch)).length;
      const prompts = answering(api, (shown) => (shown.kind === 'input' ? 'grace  obi' : shown.kind === 'pick' ? shown.choices[0] : LEAVE));
      let opened: vscode.Uri | undefined;
      try {
        opened = await vscode.commands.executeCommand<vscode.Uri>('interviews.newInterview');
      } finally {
        prompts.dispose();
      }
      const name = prompts.shown[0];
      assert.equal(name.kind, 'input');
      assert.ok(![...api.deps.workspace.index.values()].some((summary) => name.detail?.includes(summary.name)), `the prompt names nobody the workspace has: ${name.detail}`);
      const offer = prompts.shown[1];
      assert.equal(offer.kind, 'pick');
      assert.equal(offer.text, 'New interview: grace  obi already has a file');
      assert.deepEqual(offer.choices, ['$(go-to-file) Open Grace Obi — Northwind Health', '$(new-file) Start a new conversation with grace  obi']);
      assert.equal(opened?.toString(), existing.toString());
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), existing.toString());
      assert.equal((await vscode.workspace.fs.readDirectory(scratch)).length, before, 'no file written');
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    });

    it('starts a new conversation when asked, and its prompts count no step they do not ask', async () => {
      const typed: [RegExp, string][] = [
        [/who do you want to talk to/, 'Grace Obi'],
        [/their company/, 'Northwind Health'],
        [/their role/, 'Product Director'],
        [/who connects you/, 'Omar Haddad'],
      ];
      const prompts = answering(api, (shown) => {
        if (shown.kind === 'pick') return shown.choices.find((choice) => choice.startsWith('$(new-file)')) ?? 'second';
        if (shown.kind === 'input') return typed.find(([title]) => title.test(shown.text))?.[1] ?? assert.fail(`an unexpected prompt: ${shown.text}`);
        return LEAVE;
      });
      let created: vscode.Uri | undefined;
      try {
        created = await vscode.commands.executeCommand<vscode.Uri>('interviews.newInterview');
      } finally {
        prompts.dispose();
      }
      assert.ok(created);
      assert.equal(created.toString(), vscode.Uri.joinPath(scratch, 'people', 'grace-obi.interview.yaml').toString());
      const titles = prompts.shown.map((shown) => shown.text);
      assert.equal(titles.length, 6, titles.join(' | '));
      // Any "(n/m)" a title carries must be true: step n of exactly m prompts.
      titles.forEach((title, index) => {
        const count = /\((\d+)\/(\d+)\)/.exec(title);
        if (count) assert.deepEqual([Number(count[1]), Number(count[2])], [index + 1, titles.length], title);
      });
      const text = await readDisk(created);
      assert.match(text, /^# A new conversation with Grace Obi; the earlier one is in \.\.\/\.\.\/pipeline\/grace-obi\.interview\.yaml\.$/m);
      assert.match(text, /^# interview-lint-disable duplicate-contact$/m);
      assert.match(text, /^ {2}via: Omar Haddad\b/m);
      const diagnostics = await waitForDiagnostics(created, () => true, 'the new file linted');
      assert.ok(!diagnostics.some((diagnostic) => ruleId(diagnostic) === 'duplicate-contact'));
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    });
  });

  describe('Lint Workspace', () => {
    it('counts problems as Problems and the status bar do, hints apart, and offers to open Problems', async () => {
      const shown = nextShown(api, (candidate) => candidate.kind === 'information' && candidate.text.startsWith('Linted '), 'the summary');
      const message = await vscode.commands.executeCommand<string>('interviews.lintWorkspace');
      const summary = await withTimeout(shown, 5_000, 'the summary');
      assert.equal(summary.text, message);
      const { problems, hints } = interviewDiagnosticCounts();
      assert.ok(problems > 0 && hints > 0, `the workspace has both (${problems}, ${hints})`);
      assert.match(message, new RegExp(`: ${problems} problems, ${hints} hints?\\.`));
      assert.deepEqual(summary.choices, ['Open Problems']);
    });
  });

  describe('npm start', () => {
    const repo = () => extensionUnderTest().extensionPath;

    it('loads the extension from the bare address it prints', async function () {
      this.timeout(120_000);
      const port = await new Promise<number>((resolve) => {
        const probe = net.createServer().listen(0, '127.0.0.1', () => {
          const { port: free } = probe.address() as net.AddressInfo;
          probe.close(() => resolve(free));
        });
      });
      const child = spawn(process.execPath, ['test/vscode/start.mjs', '--server', '--no-build', '--port', String(port)], { cwd: repo(), stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      try {
        const bare = `http://127.0.0.1:${port}/`;
        for (let waited = 0; !output.includes(`    ${bare}\n`); waited += 200) {
          assert.ok(waited < 90_000 && child.exitCode === null, `npm start printed no address:\n${output}`);
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
        const redirect = await fetch(bare, { redirect: 'manual' });
        assert.equal(redirect.status, 302);
        const target = new URL(String(redirect.headers.get('location')), bare);
        assert.equal(target.searchParams.get('folder'), path.join(repo(), 'examples'));
        const payload = JSON.parse(String(target.searchParams.get('payload'))) as [string, string][];
        assert.deepEqual(payload, [['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${port}${repo()}`]]);
        const page = await fetch(target);
        assert.equal(page.status, 200);
        assert.match(await page.text(), /workbench/);
        // A folder opened from the workbench keeps its folder and gets the extension too.
        const other = new URL(String((await fetch(`${bare}?folder=/tmp`, { redirect: 'manual' })).headers.get('location')), bare);
        assert.equal(other.searchParams.get('folder'), '/tmp');
        assert.ok(other.searchParams.get('payload'));
      } finally {
        const exited = new Promise((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', resolve)));
        child.kill('SIGTERM');
        await withTimeout(exited, 20_000, 'npm start to stop').catch((error: Error) => {
          child.kill('SIGKILL');
          throw new Error(`${error.message}; it printed:\n${output}`);
        });
      }
    });

    it('says what the first run is doing, step by step, while VS Code is prepared', () => {
      const script = `import { runSteps } from ${JSON.stringify(path.join(repo(), 'test', 'vscode', 'code-server.mjs'))};
        await runSteps([{ label: 'downloading', run: () => new Promise((resolve) => setTimeout(resolve, 1300)) }, { label: 'building', run: async () => {} }], { heartbeatMs: 500 });`;
      const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
      assert.equal(result.status, 0, result.stderr);
      const lines = result.stdout.split('\n').map((line) => line.replace('[vscode-test] ', '').trim());
      assert.equal(lines[0], '[1/2] downloading ...');
      assert.ok(lines.filter((line) => /^still downloading \(\d+ s\)$/.test(line)).length >= 1, `a line while it runs:\n${result.stdout}`);
      assert.ok(lines.includes('[2/2] building ...'));
    });
  });

  describe('a narrow side bar', () => {
    it('keeps the view title to one word, so the tag filter shows, and says the filter above the tree too', async () => {
      const manifest = extensionUnderTest().packageJSON as { contributes: { viewsContainers: { activitybar: { id: string; title: string }[] }; views: { interviews: { id: string; name: string }[] } } };
      const container = manifest.contributes.viewsContainers.activitybar.find((candidate) => candidate.id === 'interviews');
      const view = manifest.contributes.views.interviews.find((candidate) => candidate.id === 'interviews.pipeline');
      // VS Code titles a container's only view "CONTAINER: VIEW", or just the one when both are the same.
      assert.equal(localized(String(view?.name)), localized(String(container?.title)));
      assert.equal(localized(String(view?.name)), 'Interviews');
      try {
        await vscode.commands.executeCommand('interviews.filterByTag', 'fintech');
        assert.equal(api.pipeline.view.description, 'tag: fintech');
        assert.match(String(api.pipeline.view.message), /tagged "fintech"/);
      } finally {
        await vscode.commands.executeCommand('interviews.clearTagFilter');
      }
      assert.equal(api.pipeline.view.message, undefined);
    });

    it('lists Due rows by name with the reason beside it, which a company no longer pushes out', async () => {
      const due = await api.pipeline.provider.getChildren((await api.pipeline.provider.getChildren())[0]);
      assert.ok(due.length > 0);
      for (const node of due) {
        const summary = (node as InterviewItem).summary;
        assert.equal(labelOf(node), summary.name);
        assert.equal(node.description, summary.due[0].label);
      }
    });
  });

  describe('the CodeLens "Advance to requested"', () => {
    it('asks before advancing with an empty outreach, and writes requested where the format puts it', async () => {
      const uri = await vscode.commands.executeCommand<vscode.Uri>('interviews.newInterview', { name: 'Lena Vogt', connection: 'first' });
      assert.ok(uri);
      const editor = vscode.window.activeTextEditor;
      assert.equal(editor?.document.uri.toString(), uri.toString());
      const original = editor.document.getText();
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
      const lens = lenses.find((candidate) => candidate.command?.title === 'Advance to requested');
      assert.ok(lens?.command);
      const run = () => vscode.commands.executeCommand<boolean>(lens.command!.command, ...(lens.command!.arguments ?? []));

      // "Write the outreach first": nothing changes, and the cursor is on the outreach.
      let prompts = answering(api, (shown) => (shown.kind === 'pick' ? '$(edit) Write the outreach first' : LEAVE));
      try {
        assert.equal(await run(), false);
      } finally {
        prompts.dispose();
      }
      assert.equal(prompts.shown[0]?.text, 'Lena Vogt: the outreach is empty');
      assert.equal(editor.document.getText(), original);
      assert.equal(vscode.window.activeTextEditor?.selection.active.line, lineOf(editor.document, 'outreach:'));

      prompts = answering(api, (shown) => (shown.kind === 'pick' ? '$(arrow-right) Advance: I have asked them' : LEAVE));
      const report = nextShown(api, (shown) => shown.kind === 'information' && shown.text.startsWith('Advance to requested'), 'the report');
      try {
        assert.equal(await run(), true);
      } finally {
        prompts.dispose();
      }
      const lines = (await readDisk(uri)).split('\n');
      const outreach = lines.findIndex((line) => line.startsWith('outreach:'));
      assert.equal(lines[outreach + 1], `requested: ${today()}`, 'right after outreach, as in the format');
      assert.equal(lines.filter((line) => line.startsWith('requested:')).length, 1);
      assert.match(lines[lines.length - 2], /^notes:/, 'notes: stays last');
      const message = await withTimeout(report, 5_000, 'the report');
      assert.match(message.text, /The outreach is still empty/);
      assert.deepEqual(message.choices, [], 'the file is open: its own Undo takes it back');
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    });
  });

  describe('the Explorer’s context menu', () => {
    it('puts the Interviews submenu in a group of its own, far from Rename and Delete', () => {
      const menus = (extensionUnderTest().packageJSON as { contributes: { menus: Record<string, { submenu?: string; group?: string }[]> } }).contributes.menus;
      const entry = menus['explorer/context'].find((candidate) => candidate.submenu === 'interviews.fileActions');
      const group = String(entry?.group).split('@')[0];
      // VS Code's own groups: navigation, 2_workspace, 3_compare, 4_search, 5_cutcopypaste, 6_copypath, 7_modification (Rename, Delete).
      assert.ok(!['navigation', '2_workspace', '3_compare', '4_search', '5_cutcopypaste', '6_copypath', '7_modification'].includes(group), `a group of its own, not ${group}`);
      assert.ok(group < '5_cutcopypaste', `above cut, copy and paste, far from Delete (${group})`);
    });
  });

  describe('polish', () => {
    it('explains a job ask once: the hover gives the reason and names the habit without repeating it', async () => {
      const document = await vscode.workspace.openTextDocument(fixture('editor/sam-patel.interview.yaml'));
      await vscode.window.showTextDocument(document, { preview: false });
      const diagnostics = await waitForDiagnostics(document.uri, (all) => all.some((diagnostic) => ruleId(diagnostic) === 'no-job-ask'), 'the job ask');
      const jobAsk = diagnostics.find((diagnostic) => ruleId(diagnostic) === 'no-job-ask');
      assert.ok(jobAsk);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, jobAsk.range.start.translate(0, 1));
      const hover = hovers.flatMap((item) => item.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n');
      const everything = `${jobAsk.message}\n${hover}`;
      assert.equal((everything.match(/never ask for a job/gi) ?? []).length, 1, everything);
      assert.match(hover, /Habit 4: \*Make it about them\*/);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    });

    it('writes diagnostics as plain text, from interview-lint', async () => {
      const uri = fixture('thank-you-missing.interview.yaml');
      const diagnostics = await waitForDiagnostics(uri, (all) => all.some((diagnostic) => ruleId(diagnostic) === 'thank-you'), 'the missing thank-you');
      assert.match(String(diagnostics.find((diagnostic) => ruleId(diagnostic) === 'thank-you')?.message), /set follow_up\.thanked\b/);
      const all = vscode.languages.getDiagnostics().flatMap(([file, found]) => (/\.interview\.ya?ml$/.test(file.path) ? found : []));
      assert.ok(all.length > 10);
      for (const diagnostic of all) {
        assert.equal(diagnostic.source, 'interview-lint');
        assert.ok(!diagnostic.message.includes('`'), `no Markdown in "${diagnostic.message}"`);
      }
    });

    it('gives one piece of time advice: 20–30 minutes, for the meeting and for the outreach alike', async () => {
      const uri = await scratchFile('mei-tan', ['contact:', '  name: Mei Tan', 'stage: scheduled', 'outreach: Could we meet for an hour next week?', 'meeting:', '  date: 2099-01-05', '  minutes: 45', ''].join('\n'));
      const diagnostics = await waitForDiagnostics(uri, (all) => all.filter((diagnostic) => ruleId(diagnostic) === 'time-ask').length === 2, 'two time asks');
      const advice = diagnostics
        .filter((candidate) => ruleId(candidate) === 'time-ask')
        .flatMap((diagnostic) => [...diagnostic.message.matchAll(/\b(?:ask for|plan) ([^;:.]*?minutes)/g)].map((match) => match[1]));
      assert.deepEqual(advice, ['20–30 minutes', '20–30 minutes'], 'each message gives the same advice');
    });

    it('opens what is due at what is due: from Show Due and from the Due group', async () => {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      const first = api.deps.workspace.index.due()[0];
      const issue = first.issues.find((candidate) => candidate.ruleId === first.due[0].kind);
      assert.ok(issue, `${first.name}'s ${first.due[0].kind} problem`);
      const expected = new vscode.Range(issue.range.start.line, issue.range.start.character, issue.range.end.line, issue.range.end.character);
      const prompts = answering(api);
      try {
        assert.equal((await vscode.commands.executeCommand<vscode.Uri>('interviews.showDue'))?.toString(), first.key);
      } finally {
        prompts.dispose();
      }
      assert.ok(prompts.shown[0].choices[0].includes(first.due[0].label), 'the pick shows the reason');
      assert.ok(vscode.window.activeTextEditor?.selection.isEqual(expected), `selected ${JSON.stringify(vscode.window.activeTextEditor?.selection)}`);
      assert.ok(expected.start.line > 0, 'not the top of the file');
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      const item = (await api.pipeline.provider.getChildren((await api.pipeline.provider.getChildren())[0]))[0];
      assert.ok(item.command);
      await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), first.key);
      assert.ok(vscode.window.activeTextEditor?.selection.isEqual(expected));
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });

    it('offers Advance Stage only the interviews it can advance', async () => {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      const closed = [...api.deps.workspace.index.values()].filter((summary) => summary.stage === 'closed');
      assert.ok(closed.length > 0, 'the workspace has a closed interview');
      const prompts = answering(api, (shown: Shown) => (shown.kind === 'pick' ? undefined : LEAVE));
      try {
        assert.equal(await vscode.commands.executeCommand('interviews.advanceStage'), false);
      } finally {
        prompts.dispose();
      }
      const offered = prompts.shown.find((shown) => shown.kind === 'pick')?.choices ?? [];
      assert.ok(offered.length > 0);
      for (const summary of closed) assert.ok(!offered.some((label) => label.startsWith(summary.name)), `${summary.name} is closed and not offered`);
    });

    it('ends the titles of the commands that ask for more with "…"', () => {
      const commands = (extensionUnderTest().packageJSON as { contributes: { commands: { command: string; title: string }[] } }).contributes.commands;
      const title = (id: string) => localized(String(commands.find((command) => command.command === id)?.title));
      for (const id of ['exportCsv', 'exportMarkdown', 'exportIcal', 'markThanked', 'advanceStage', 'showDue', 'newInterview', 'setStage', 'scheduleMeeting', 'addReferral', 'logFollowUp', 'close', 'openInterview', 'groupBy', 'filterByTag']) {
        assert.match(title(`interviews.${id}`), /…$/, id);
      }
      for (const id of ['lintWorkspace', 'refresh', 'clearTagFilter']) assert.doesNotMatch(title(`interviews.${id}`), /…$/, id);
    });
  });
});
