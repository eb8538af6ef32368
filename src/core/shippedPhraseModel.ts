/**
 * Installs the shipped phrase model from the artefact compiled in: for the CLI, the tests and the
 * benchmark. The extensions read the same file from their folder instead (src/extension/phraseModel.ts),
 * so that the weights stay out of their bundles. Pure TypeScript.
 */
import artefact from './phraseModel.json';
import type { ModelArtefact } from './phraseModel';
import { installPhraseModel } from './phraseModel';

installPhraseModel(artefact as ModelArtefact);
