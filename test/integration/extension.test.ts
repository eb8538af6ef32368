// The extension as VS Code sees it: activation on a workspace of interviews, the language of
// interview files, the commands and the pipeline view it contributes.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  LANGUAGE_ID,
  PIPELINE_VIEW_ID,
  activateExtension,
  contributes,
  extensionUnderTest,
  openFixture,
} from './helpers';

const contributedCommands = (contributes().commands ?? []).map((entry) => entry.command);

describe('the extension in VS Code', () => {
  it('activates by itself on a workspace that contains interview files', async () => {
    // VS Code runs the tests only after the workspaceContains activations it triggered have
    // finished, so no activate() call of ours is needed for this to hold.
    assert.equal(extensionUnderTest().isActive, true, 'not activated by its workspaceContains activation events');
    await activateExtension();
  });

  it('gives .interview.yaml files the interview-yaml language', async () => {
    const document = await openFixture('clean.interview.yaml');
    assert.equal(document.languageId, LANGUAGE_ID);
  });

  it('gives .interview.yml files the interview-yaml language', async () => {
    const document = await openFixture('lee-wong.interview.yml');
    assert.equal(document.languageId, LANGUAGE_ID);
  });

  it(`registers a handler for each of the ${contributedCommands.length} commands in package.json`, async () => {
    await activateExtension();
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributedCommands.filter((command) => !registered.has(command));
    assert.deepEqual(missing, [], `contributed in package.json but not registered: ${missing.join(', ')}`);
  });

  it('contributes the pipeline view and can reveal it', async () => {
    await activateExtension();
    const views = Object.values(contributes().views ?? {}).flat();
    assert.ok(
      views.some((view) => view.id === PIPELINE_VIEW_ID),
      `package.json contributes no view with id ${PIPELINE_VIEW_ID}`,
    );
    const focus = `${PIPELINE_VIEW_ID}.focus`;
    assert.ok((await vscode.commands.getCommands(true)).includes(focus), `VS Code has no ${focus} command`);
    await vscode.commands.executeCommand(focus);
  });
});
