import * as fs from 'fs';
import * as path from 'path';
import { ContactImportError, readContactExport } from '../core/contacts';
import { mergeIntoNetwork, mergeSummary } from '../core/network';

export const IMPORT_USAGE = `Usage: interview-lint import-contacts [--into <file>] <export>…

Imports people from LinkedIn's Connections.csv or vCard (.vcf) files into the network file
(default: network.yaml in the current folder; docs/network.md). Importing a newer export merges:
nobody is added twice, and what the file says about someone is never changed.

Options:
  --into <file>    the network file to create or merge into (default: network.yaml)
  -h, --help       show this help

Exit codes: 0 imported, 2 bad usage or an export or network file that cannot be read.`;

/** `interview-lint import-contacts`: returns the exit code. */
export function runImport(argv: readonly string[], cwd: string, out: (text: string) => void, err: (text: string) => void): number {
  let into = 'network.yaml';
  const exports: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (arg === '-h' || arg === '--help') {
      out(`${IMPORT_USAGE}\n`);
      return 0;
    }
    if (arg === '--into') {
      const next = argv[++index];
      if (!next || next.startsWith('--')) return usage(err, '--into needs a file name.');
      into = next;
    } else if (arg.startsWith('--')) return usage(err, `unknown option ${arg}.`);
    else exports.push(arg);
  }
  if (exports.length === 0) return usage(err, 'name the exports to read: Connections.csv or .vcf files.');
  const network = path.resolve(cwd, into);
  let current: string | undefined;
  try {
    current = fs.readFileSync(network, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return fail(err, `${into} cannot be read (${(error as Error).message}).`);
  }
  const created = current === undefined;
  for (const file of exports) {
    let text: string;
    try {
      text = fs.readFileSync(path.resolve(cwd, file), 'utf8');
    } catch (error) {
      return fail(err, `${file} cannot be read (${(error as Error).message}); nothing was imported from it.`);
    }
    let merged;
    try {
      const read = readContactExport(text);
      merged = mergeIntoNetwork(current, read);
      if (typeof merged === 'string') return fail(err, `${into}: ${merged} Nothing was imported from ${file}.`);
      const left = read.skipped.length > 0 ? `; ${read.skipped.length} left out (${read.skipped.join('; ')})` : '';
      out(`${file}: ${mergeSummary(merged)}${left}.\n`);
    } catch (error) {
      if (error instanceof ContactImportError) return fail(err, `${file}: ${error.message}`);
      throw error;
    }
    current = merged.text;
  }
  fs.writeFileSync(network, current!);
  out(`${created ? 'Wrote' : 'Updated'} ${into}.${created ? ` These are other people's details: add ${into} to .gitignore to keep them out of git.` : ''}\n`);
  return 0;
}

function usage(err: (text: string) => void, message: string): number {
  err(`interview-lint import-contacts: ${message}\n${IMPORT_USAGE}\n`);
  return 2;
}

function fail(err: (text: string) => void, message: string): number {
  err(`interview-lint import-contacts: ${message}\n`);
  return 2;
}
