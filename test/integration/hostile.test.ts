// Hostile files in a real extension host: each is opened as a user would, its diagnostics awaited
// (on onDidChangeDiagnostics, with a timeout), and the host is asked for an outline, a hover,
// completions and code actions on it right after, to show it still answers. The files come from
// test/fixtures/hostile (outside the fixtures workspace, so no other test sees them) or are
// generated into a temporary folder (the 1 MB line). Timings go to test-results/hostile-timings.json.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activateExtension, ruleId, waitForDiagnostics, withTimeout } from './helpers';

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const hostileFolder = path.join(repoRoot, 'test', 'fixtures', 'hostile');
const timingsFile = path.join(repoRoot, 'test-results', 'hostile-timings.json');
/** A hang guard, not a performance target: a busy CI machine can take seconds over a 1 MB line. */
const RESPONSIVE_MS = 10_000;

const timings: { file: string; diagnosticsMs?: number; roundTripMs: number; outcome: string }[] = [];

/** Asks the extension host for what an editor asks for on every keystroke or hover; fails if it does not answer. */
async function roundTrip(uri: vscode.Uri): Promise<number> {
  const started = Date.now();
  const document = await vscode.workspace.openTextDocument(uri);
  const end = document.lineAt(document.lineCount - 1).range.end;
  await withTimeout(
    Promise.all([
      vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', uri),
      vscode.commands.executeCommand('vscode.executeHoverProvider', uri, new vscode.Position(0, 0)),
      vscode.commands.executeCommand('vscode.executeCompletionItemProvider', uri, end),
      vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, new vscode.Range(new vscode.Position(0, 0), end)),
      vscode.commands.executeCommand('vscode.executeCodeLensProvider', uri),
    ]),
    RESPONSIVE_MS,
    `the extension host to answer the providers on ${path.basename(uri.fsPath)}`,
  );
  return Date.now() - started;
}

/** Opens a file in an editor and waits until its diagnostics satisfy `accept`. */
async function openAndWait(uri: vscode.Uri, accept: (diagnostics: readonly vscode.Diagnostic[]) => boolean, description: string) {
  const started = Date.now();
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document, { preview: false });
  const diagnostics = await waitForDiagnostics(uri, accept, description, 15_000);
  const diagnosticsMs = Date.now() - started;
  const roundTripMs = await roundTrip(uri);
  timings.push({ file: path.basename(uri.fsPath), diagnosticsMs, roundTripMs, outcome: `${diagnostics.length} diagnostic(s): ${diagnostics[0]?.message.slice(0, 60) ?? ''}` });
  return { document, diagnostics };
}

const hostile = (name: string) => vscode.Uri.file(path.join(hostileFolder, name));
const ofRule = (id: string) => (diagnostics: readonly vscode.Diagnostic[]) => diagnostics.filter((diagnostic) => ruleId(diagnostic) === id);

describe('hostile files in the editor', function () {
  this.timeout(60_000);
  let generated: string;

  before(async () => {
    await activateExtension();
    generated = fs.mkdtempSync(path.join(os.tmpdir(), 'interview-hostile-'));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(generated, { recursive: true, force: true });
    fs.mkdirSync(path.dirname(timingsFile), { recursive: true });
    fs.writeFileSync(timingsFile, `${JSON.stringify(timings, null, 2)}\n`);
  });

  it('reports an empty file once, at the start', async () => {
    const { diagnostics } = await openAndWait(hostile('empty.interview.yaml'), (found) => found.length > 0, 'a diagnostic on the empty file');
    assert.equal(diagnostics.length, 1);
    assert.match(diagnostics[0].message, /empty/);
    assert.deepEqual([diagnostics[0].range.start.line, diagnostics[0].range.start.character], [0, 0]);
  });

  it('reads a file with a byte-order mark at the same positions as without', async () => {
    const { document, diagnostics } = await openAndWait(hostile('bom.interview.yaml'), (found) => found.some((each) => /sheduled/.test(each.message)), 'the misspelt stage');
    const stage = diagnostics.find((each) => /sheduled/.test(each.message));
    assert.ok(stage);
    assert.equal(document.getText(stage.range), 'sheduled');
    assert.deepEqual([stage.range.start.line, stage.range.start.character], [3, 7]);
  });

  it('gives CR LF files exact ranges', async () => {
    const { document, diagnostics } = await openAndWait(hostile('crlf.interview.yaml'), (found) => ofRule('schema')(found).length >= 3, 'three schema diagnostics');
    assert.equal(document.eol, vscode.EndOfLine.CRLF);
    assert.deepEqual(
      ofRule('schema')(diagnostics).map((each) => document.getText(each.range)).sort(),
      ['maybe', 'secnd', 'sheduled'],
    );
  });

  it('survives a binary file: refused as binary by VS Code, or linted', async () => {
    const uri = hostile('binary.interview.yaml');
    let opened: vscode.TextDocument | undefined;
    try {
      opened = await vscode.workspace.openTextDocument(uri);
    } catch {
      opened = undefined;
    }
    if (opened) {
      await vscode.window.showTextDocument(opened, { preview: false });
      const diagnostics = await waitForDiagnostics(uri, (found) => found.length > 0, 'diagnostics on the binary file', 15_000);
      assert.ok(diagnostics.every((each) => ruleId(each) === 'schema'));
      timings.push({ file: 'binary.interview.yaml', roundTripMs: await roundTrip(uri), outcome: `opened as text; ${diagnostics.length} diagnostic(s)` });
    } else {
      timings.push({ file: 'binary.interview.yaml', roundTripMs: 0, outcome: 'VS Code refused to open it as text' });
    }
    // Either way the host still answers.
    await withTimeout(Promise.resolve(vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', hostile('tabs.interview.yaml'))), RESPONSIVE_MS, 'a provider after the binary file');
  });

  it('reports a second YAML document at its `---`', async () => {
    const { diagnostics } = await openAndWait(hostile('multi-document.interview.yaml'), (found) => found.length > 0, 'the second document');
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0].range.start.line, 3);
    assert.match(diagnostics[0].message, /more than one YAML document/);
  });

  it('reports each alias of an alias bomb without expanding it', async () => {
    const { diagnostics } = await openAndWait(hostile('alias-bomb.interview.yaml'), (found) => found.length >= 72, '72 alias diagnostics');
    assert.equal(diagnostics.length, 72);
    assert.ok(diagnostics.every((each) => /Aliases/.test(each.message)));
  });

  it('stops at 200 levels of nesting', async () => {
    const { diagnostics } = await openAndWait(hostile('deep-nesting.interview.yaml'), (found) => found.length > 0, 'the nesting diagnostic');
    assert.equal(diagnostics.length, 1);
    assert.match(diagnostics[0].message, /nested more than 200 levels/);
  });

  it('counts columns after emoji, combining marks and right-to-left text as the editor does', async () => {
    const { document, diagnostics } = await openAndWait(hostile('unicode-names.interview.yaml'), (found) => found.filter((each) => /"rol"/.test(each.message)).length === 4, 'four unknown-key diagnostics');
    for (const diagnostic of diagnostics.filter((each) => /"rol"/.test(each.message))) assert.equal(document.getText(diagnostic.range), 'rol');
  });

  it('rejects impossible dates on the date itself', async () => {
    const { document, diagnostics } = await openAndWait(hostile('impossible-dates.interview.yaml'), (found) => ofRule('schema')(found).length >= 3, 'three date diagnostics');
    assert.deepEqual(
      ofRule('schema')(diagnostics).map((each) => document.getText(each.range)),
      ['2026-02-30', '2026-13-01', '26/11/2026'],
    );
  });

  it('gives a 1 MB line one "too large to lint" diagnostic and stays responsive', async () => {
    const file = path.join(generated, 'long-line.interview.yaml');
    fs.writeFileSync(file, `notes: ${'y'.repeat(1024 * 1024)}`);
    const { diagnostics } = await openAndWait(vscode.Uri.file(file), (found) => found.length > 0, 'the too-large diagnostic');
    assert.equal(diagnostics.length, 1);
    assert.match(diagnostics[0].message, /too large to lint/);
  });

  it('shows a malformed .interviewlintrc.yaml as problems on it, and lints with the defaults', async () => {
    const { diagnostics } = await openAndWait(hostile('rc-malformed/dana.interview.yaml'), (found) => ofRule('no-job-ask')(found).length > 0, 'the default no-job-ask rule');
    assert.ok(ofRule('no-job-ask')(diagnostics).length > 0);
    const config = await waitForDiagnostics(hostile('rc-malformed/.interviewlintrc.yaml'), (found) => found.length > 0, 'the configuration problems');
    assert.ok(config.every((each) => each.severity === vscode.DiagnosticSeverity.Error && /YAML syntax/.test(each.message)));
  });

  it('names unknown rule ids in .interviewlintrc.yaml and applies the valid settings', async () => {
    const { diagnostics } = await openAndWait(hostile('rc-unknown-rules/dana.interview.yaml'), (found) => ofRule('no-job-ask')(found).length > 0, 'the no-job-ask rule');
    assert.equal(ofRule('about-them')(diagnostics).length, 0, '`about-them: off` applies');
    const config = await waitForDiagnostics(hostile('rc-unknown-rules/.interviewlintrc.yaml'), (found) => found.some((each) => /no-job-asks/.test(each.message)), 'the unknown rule id');
    assert.ok(config.some((each) => /Did you mean "no-job-ask"/.test(each.message)));
  });

  it('keeps up with typing into a hostile file', async () => {
    const uri = hostile('tabs.interview.yaml');
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document, { preview: false });
    await waitForDiagnostics(uri, (found) => found.length > 0, 'the tab diagnostics');
    try {
      // Paste an alias bomb and a deep nest into the open file, unsaved.
      const bomb = fs.readFileSync(path.join(hostileFolder, 'alias-bomb.interview.yaml'), 'utf8');
      assert.ok(await editor.edit((edit) => edit.replace(new vscode.Range(0, 0, document.lineCount, 0), `${bomb}deep: ${'['.repeat(5000)}\n`)));
      await waitForDiagnostics(uri, (found) => found.some((each) => /nested more than 200 levels/.test(each.message)), 'the nesting diagnostic after the paste');
      timings.push({ file: 'tabs.interview.yaml (bomb and 5,000 brackets pasted)', roundTripMs: await roundTrip(uri), outcome: 'linted while unsaved' });
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });
});
