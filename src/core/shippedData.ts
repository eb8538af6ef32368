/**
 * Installs the data the core reads, compiled in: the phrase model's weights and the JSON Schemas of
 * the format and of the targets file. For the CLI, the tests and the benchmark; the extensions read
 * the same files from their folder at activation instead (src/extension/shippedData.ts), so that
 * the data stays out of their bundles. Pure TypeScript.
 */
import schema from '../../schemas/interview.schema.json';
import targets from '../../schemas/targets.schema.json';
import artefact from './phraseModel.json';
import type { ModelArtefact } from './phraseModel';
import { installPhraseModel } from './phraseModel';
import { installInterviewSchema } from './schema';
import { installTargetsSchema } from './targets';

installPhraseModel(artefact as ModelArtefact);
installInterviewSchema(schema);
installTargetsSchema(targets);
