// Finding your way around an interview: hovers (the schema, the rule's habit, the linked contact),
// links and Go to Definition between files, the outline, and the stage CodeLens.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { InterviewsApi } from '../../src/extension/main';
import { activateExtension, answering, ruleId, waitForDiagnostics } from './helpers';
import { readInterview } from '../../src/core/model';
import { parseInterview } from '../../src/core/parse';
import { deleteIfPresent, editorFixture, localToday, openEditorFixture, positionAfter, rangeOf, revertAndClose } from './editorSupport';

const hoverText = (hovers: vscode.Hover[]) =>
  hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : 'value' in content ? content.value : ''))
    .join('\n');

async function hoverAt(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  return hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position));
}

describe('editor: navigation', () => {
  before(async () => {
    await activateExtension();
  });

  describe('hover', () => {
    it('explains a key from the schema, and an enum value', async () => {
      const { document } = await openEditorFixture('jordan-diaz.interview.yaml');
      const key = await hoverAt(document.uri, rangeOf(document, 'connection:', 'connection').start.translate(0, 2));
      assert.match(key, /contact\.connection/);
      assert.match(key, /How you are connected to them/);
      const value = await hoverAt(document.uri, rangeOf(document, 'connection: referral', 'referral').start.translate(0, 1));
      assert.match(value, /Someone another interviewee referred you to/);
    });

    it('says which habit a flagged rule protects, and why', async () => {
      const { document } = await openEditorFixture('sam-patel.interview.yaml');
      const diagnostics = await waitForDiagnostics(document.uri, (all) => all.some((diagnostic) => ruleId(diagnostic) === 'no-job-ask'), 'a job ask');
      const jobAsk = diagnostics.find((diagnostic) => ruleId(diagnostic) === 'no-job-ask');
      assert.ok(jobAsk);
      const text = await hoverAt(document.uri, jobAsk.range.start.translate(0, 1));
      assert.match(text, /no-job-ask/);
      assert.match(text, /Never ask for a job/);
      assert.match(text, /Make it about them/);
    });

    it('shows the linked contact’s name, company and stage', async () => {
      const { document } = await openEditorFixture('jordan-diaz.interview.yaml');
      const text = await hoverAt(document.uri, rangeOf(document, 'referred_by:', 'sam-patel').start.translate(0, 2));
      assert.match(text, /Sam Patel/);
      assert.match(text, /Harbor Freight Labs/);
      assert.match(text, /Stage: `met`/);
    });
  });

  describe('links', () => {
    it('links referred_by to the file it names, and referral files too', async () => {
      const { document } = await openEditorFixture('jordan-diaz.interview.yaml');
      const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', document.uri);
      const link = links.find((candidate) => candidate.range.start.line === rangeOf(document, 'referred_by:').start.line);
      assert.ok(link, `a link on the referred_by line; got ${links.length}`);
      assert.equal(document.getText(link.range), 'sam-patel.interview.yaml');
      assert.equal(link.target?.toString(), editorFixture('sam-patel.interview.yaml').toString());
      const sam = await openEditorFixture('sam-patel.interview.yaml');
      const samLinks = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', sam.document.uri);
      assert.deepEqual(
        samLinks.map((candidate) => sam.document.getText(candidate.range)),
        ['jordan-diaz.interview.yaml'],
        'the referral with a file is a link; the one without is not',
      );
    });

    it('goes to the definition of a link: the contact in the other file', async () => {
      const { document } = await openEditorFixture('jordan-diaz.interview.yaml');
      const definitions = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', document.uri, positionAfter(document, 'referred_by: sam'));
      assert.equal(definitions.length, 1);
      const [definition] = definitions;
      const uri = 'targetUri' in definition ? definition.targetUri : definition.uri;
      const range = 'targetRange' in definition ? definition.targetRange : definition.range;
      assert.equal(uri.toString(), editorFixture('sam-patel.interview.yaml').toString());
      const target = await vscode.workspace.openTextDocument(uri);
      assert.match(target.lineAt(range.start.line).text, /name: Sam Patel/);
    });
  });

  describe('outline', () => {
    it('lists the contact, stage, meeting, research, each question and the follow-up', async () => {
      const { document } = await openEditorFixture('sam-patel.interview.yaml');
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
      const names = symbols.map((symbol) => symbol.name);
      for (const name of ['contact', 'stage', 'meeting', 'research', 'questions', 'follow_up']) assert.ok(names.includes(name), `a symbol ${name}; got ${names.join(', ')}`);
      const byName = (name: string) => symbols.find((symbol) => symbol.name === name) as vscode.DocumentSymbol;
      assert.match(byName('contact').detail, /Sam Patel/);
      assert.equal(byName('stage').detail, 'met');
      assert.deepEqual(
        byName('questions').children.map((symbol) => symbol.name),
        ['What is your typical workday like?', 'Is your team hiring right now?', 'What are the biggest challenges facing the business right now?'],
      );
      const referrals = byName('follow_up').children.find((symbol) => symbol.name === 'referrals');
      assert.deepEqual(referrals?.children.map((symbol) => symbol.name), ['Jordan Diaz', 'Riley Chen']);
      const meeting = byName('meeting');
      assert.equal(meeting.range.start.line, rangeOf(document, 'meeting:').start.line);
      assert.equal(meeting.range.end.line, rangeOf(document, 'minutes: 30').start.line, 'the meeting spans its lines');
    });
  });

  describe('CodeLens', () => {
    const lensesOf = async (name: string) => {
      const { document } = await openEditorFixture(name);
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri);
      return { document, lenses };
    };

    it('offers "Mark thank-you sent" above the stage of a meeting with no thank-you', async () => {
      const { document, lenses } = await lensesOf('sam-patel.interview.yaml');
      assert.deepEqual(lenses.map((lens) => lens.command?.title), ['Mark thank-you sent']);
      const [lens] = lenses;
      assert.equal(lens.range.start.line, rangeOf(document, 'stage: met').start.line);
      assert.equal(lens.command?.command, 'interviews.markThanked');
      assert.equal(String(lens.command?.arguments?.[0]), document.uri.toString());
    });

    it('offers to advance a prospect, and nothing while a meeting is still ahead', async () => {
      const prospect = await lensesOf('jordan-diaz.interview.yaml');
      assert.deepEqual(prospect.lenses.map((lens) => [lens.command?.title, lens.command?.command]), [['Advance to requested', 'interviews.advanceStage']]);
      const ahead = await lensesOf('morgan-ito.interview.yaml');
      assert.deepEqual(ahead.lenses, [], 'a scheduled meeting in 2099 has no next step yet');
    });

    it('runs the pipeline command it names on its own file, and then offers the step after', async () => {
      const uri = editorFixture('tmp-lens.interview.yaml');
      const text = ['version: 1', 'contact:', '  name: Lens Person', 'stage: met', 'meeting:', '  date: 2026-01-10', ''].join('\n');
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
      try {
        const document = await vscode.workspace.openTextDocument(uri);
        const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
        const thank = lenses.find((lens) => lens.command?.title === 'Mark thank-you sent');
        assert.ok(thank?.command, `a thank-you lens; got ${lenses.map((lens) => lens.command?.title).join(', ')}`);
        // It asks when the thank-you went out; the answer it offers, today, is taken.
        const prompts = answering((await activateExtension()) as unknown as InterviewsApi);
        try {
          await vscode.commands.executeCommand(thank.command.command, ...(thank.command.arguments ?? []));
        } finally {
          prompts.dispose();
        }
        assert.equal(prompts.shown.find((shown) => shown.kind === 'input')?.value, localToday());
        assert.equal(readInterview(parseInterview(document.getText())).thanked, localToday(), 'the command recorded the thank-you');
        const after = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
        assert.deepEqual(after.map((lens) => lens.command?.title), ['Add a referral']);
      } finally {
        const open = vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === uri.toString());
        if (open) await revertAndClose(open);
        await deleteIfPresent(uri);
      }
    });
  });
});
