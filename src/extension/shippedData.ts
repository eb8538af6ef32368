// The data the core reads ships beside the bundle, not in it: the phrase model's weights
// (dist/phraseModel.json) and the JSON Schemas of the format and of the targets file (schemas/, which
// other editors read too). The extension reads them at activation, before anything is linted, through
// vscode.workspace.fs so that the web extension reads them the same way.
import * as vscode from 'vscode';
import type { ModelArtefact } from '../core/phraseModel';
import { installPhraseModel } from '../core/phraseModel';
import { installInterviewSchema } from '../core/schema';
import { installTargetsSchema } from '../core/targets';

const FILES: ReadonlyArray<{ path: readonly string[]; what: string; install: (data: unknown) => void }> = [
  { path: ['dist', 'phraseModel.json'], what: 'job-ask detector (no-job-ask and about-them report nothing)', install: (data) => installPhraseModel(data as ModelArtefact) },
  { path: ['schemas', 'interview.schema.json'], what: 'schema of the format (the schema rule, completion and hovers do not work)', install: installInterviewSchema },
  { path: ['schemas', 'targets.schema.json'], what: 'schema of the targets file (its completion and checks do not work)', install: installTargetsSchema },
];

/** Reads and installs the data; resolves to what went wrong (said to the user too), if anything did. */
export async function loadShippedData(extensionUri: vscode.Uri): Promise<string[]> {
  const problems = await Promise.all(
    FILES.map(async ({ path, what, install }) => {
      const file = vscode.Uri.joinPath(extensionUri, ...path);
      try {
        install(JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file))));
        return undefined;
      } catch (error) {
        const problem = `${file.toString()} could not be read (${error instanceof Error ? error.message : String(error)})`;
        void vscode.window.showErrorMessage(`Informational Interviews: ${problem}, so its ${what}. Reinstall the extension.`);
        return problem;
      }
    }),
  );
  return problems.filter((problem): problem is string => problem !== undefined);
}
