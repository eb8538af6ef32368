// The phrase model's weights ship beside the bundle (dist/phraseModel.json), not in it: the
// extension reads them at activation, before anything is linted, through vscode.workspace.fs so
// that the web extension reads them the same way.
import * as vscode from 'vscode';
import type { ModelArtefact } from '../core/phraseModel';
import { installPhraseModel } from '../core/phraseModel';

/** Reads and installs the model; resolves to what went wrong (said to the user too), if anything did. */
export async function loadPhraseModel(extensionUri: vscode.Uri): Promise<string | undefined> {
  const file = vscode.Uri.joinPath(extensionUri, 'dist', 'phraseModel.json');
  try {
    installPhraseModel(JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file))) as ModelArtefact);
    return undefined;
  } catch (error) {
    const problem = `${file.toString()} could not be read (${error instanceof Error ? error.message : String(error)})`;
    void vscode.window.showErrorMessage(`Informational Interviews: its job-ask detector ${problem}, so no-job-ask and about-them report nothing. Reinstall the extension.`);
    return problem;
  }
}
