// What a user gets without this extension: Red Hat's YAML language server validating the file
// against the format's JSON Schema, in-process, as its `doValidation` runs for each edit.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from 'yaml-language-server';

const SCHEMA_URI = 'file:///bench/interview.schema.json';

export interface YamlValidator {
  /** Validates one text as a new version of the same open document; resolves to the number of diagnostics. */
  validate(text: string): Promise<number>;
}

/** A yaml-language-server configured with the project's schema for every file. */
export function yamlLanguageServer(repoRoot: string): YamlValidator {
  const schemaText = fs.readFileSync(path.join(repoRoot, 'schemas', 'interview.schema.json'), 'utf8');
  const service = getLanguageService({
    schemaRequestService: (uri) => (uri === SCHEMA_URI ? Promise.resolve(schemaText) : Promise.reject(new Error(`No schema at ${uri}`))),
    workspaceContext: { resolveRelativePath: (relative, resource) => new URL(relative, resource).toString() },
  });
  service.configure({ validate: true, hover: false, completion: false, format: false, schemas: [{ uri: SCHEMA_URI, fileMatch: ['*'], schema: JSON.parse(schemaText) as unknown }] });
  let version = 0;
  return {
    async validate(text) {
      // A new version each time: the server caches its parse per URI and version, as for typing.
      const document = TextDocument.create('file:///bench/person.interview.yaml', 'yaml', ++version, text);
      return (await service.doValidation(document, false)).length;
    },
  };
}
