// Linting a large set of files on several threads. Each worker reads and parses its share of the
// files and reports their contacts; once every contact is known, each lints its share with the
// complete workspace view, so the answers are those of the single-threaded run (which lints as it
// reads and lints again a file whose contact questions get more answers later). The calling thread
// blocks until each phase ends (Atomics.wait, then receiveMessageOnPort), so `run` stays
// synchronous; the results come back in the order of the files given.
import '../core/shippedData';
import * as fs from 'fs';
import * as path from 'path';
import type { MessagePort } from 'worker_threads';
import { isMainThread, MessageChannel, receiveMessageOnPort, Worker, workerData } from 'worker_threads';
import type { LintConfig } from '../core/config';
import { lintDocument } from '../core/lint';
import type { Interview } from '../core/model';
import { readInterview } from '../core/model';
import type { InterviewDocument } from '../core/parse';
import { parseInterview } from '../core/parse';
import type { WorkspaceView } from '../core/rules/rule';
import type { Issue } from '../core/types';
import { companyKey, contactKey, PathLookups, push, RequestLookup } from '../core/workspace';

/** One file to lint: where it is, its path as reported, and the configuration that applies to it. */
export interface FileJob {
  file: string;
  path: string;
  config: LintConfig;
}

/** What became of one file: its text and issues, or why it could not be read. */
export type Linted = { path: string; text: string; issues: Issue[] } | { path: string; problem: string };

/** UTF-8 text without its byte-order mark, as the editor shows it. */
export function decode(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

/** A file read and parsed for linting, or why it could not be read. */
export type ParsedJob = { text: string; document: InterviewDocument; interview: Interview } | { problem: string };

/** A file's text parsed for linting, with the size limit of its configuration. */
export function parseJob(job: FileJob, text: string): { text: string; document: InterviewDocument; interview: Interview } {
  const document = parseInterview(text, { maxSize: job.config.maxFileSize });
  return { text, document, interview: readInterview(document) };
}

/** Reads and parses a file, or says why it cannot be read. */
export function readJob(job: FileJob): ParsedJob {
  let text: string;
  try {
    text = decode(fs.readFileSync(job.file));
  } catch (error) {
    return { problem: `cannot read ${job.path}: ${(error as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied' : (error as Error).message}` };
  }
  return parseJob(job, text);
}

/**
 * The workspace view the CLI lints with: every file found, the contacts known, "did you mean"
 * lookups; a link outside what was found is looked for on disk.
 */
export function cliWorkspace(cwd: string, knownPaths: ReadonlySet<string>, known: KnownFiles, asked?: (key: string, count: number) => void): WorkspaceView {
  const lookups = new PathLookups([...knownPaths]);
  return {
    exists: (link) => knownPaths.has(link) || fs.existsSync(path.resolve(cwd, link)),
    filesWithContact: (name, company) => {
      const key = contactKey(name, company);
      const files = known.contacts.get(key) ?? [];
      asked?.(key, files.length);
      return files;
    },
    named: (base) => lookups.named(base),
    neighbours: (folder, base) => lookups.neighbours(folder, base),
    askedSince: (company, requested, file) => {
      asked?.(requestKey(company), known.requests.size(company));
      return known.requests.askedSince(company, requested, file);
    },
  };
}

/** The key under which `asked` notes a question about an employer's requests (a control character first: no contact key starts so). */
const requestKey = (company: string): string => `\u0001${companyKey(company)}`;

/**
 * How many answers the workspace checks now have for a question `asked` noted: files with the
 * contact, or requests at the employer. A file whose count changed since it was linted is linted again.
 */
export function answerCount(known: KnownFiles, key: string): number {
  return key.startsWith('\u0001') ? known.requests.size(key.slice(1)) : (known.contacts.get(key)?.length ?? 0);
}

/** What the workspace checks know of the other files: paths by contact, and requests by employer. */
export interface KnownFiles {
  contacts: Map<string, string[]>;
  requests: RequestLookup;
}

/** What one file adds to what the others know of it: [name, company, requested]. */
export type FileFacts = [string | undefined, string | undefined, string | undefined];

export const factsOf = (interview: Interview): FileFacts => [interview.name, interview.company, interview.requested];

/** Adds a file's contact and request to what the workspace checks know. */
export function addKnown(known: KnownFiles, file: string, [name, company, requested]: FileFacts): void {
  if (name) push(known.contacts, contactKey(name, company), file);
  if (company && requested) known.requests.add(file, company, requested);
}

/** Lints a parsed file as the CLI does: with the workspace checks, without planning fixes. */
export function lintParsed(job: FileJob, document: InterviewDocument, interview: Interview, today: string, workspace: WorkspaceView): Issue[] {
  return lintDocument(document, { today, config: job.config, path: job.path, workspace, fixes: false }, interview);
}

interface WorkerInput {
  interviewLintWorker: true;
  jobs: FileJob[];
  knownPaths: string[];
  today: string;
  cwd: string;
  port: MessagePort;
  signal: Int32Array;
}

/** What a worker's files tell the others, by index in its share. */
type ContactsMessage = { facts: [number, FileFacts][] } | { error: string };
type ResultsMessage = { results: Linted[] } | { error: string };

/** How long the calling thread waits for a phase with no word from a worker before giving up on the workers. */
const SILENCE_MS = 120_000;

/**
 * Lints `jobs` on `threads` worker threads and returns what became of each, in order; throws when
 * a worker cannot be started or fails (the caller then lints on its own thread).
 */
export function lintOnThreads(jobs: readonly FileJob[], threads: number, today: string, cwd: string): Linted[] {
  const knownPaths = jobs.map((job) => job.path);
  const shares: FileJob[][] = [];
  const size = Math.ceil(jobs.length / threads);
  for (let start = 0; start < jobs.length; start += size) shares.push(jobs.slice(start, start + size));
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const ports: MessagePort[] = [];
  const workers: Worker[] = [];
  // Run from the TypeScript sources (the tests), the workers need the same loader as this thread.
  const entry = __filename;
  const execArgv = entry.endsWith('.ts') ? ['--require', 'tsx/cjs'] : [];
  try {
    for (const share of shares) {
      const { port1, port2 } = new MessageChannel();
      const input: WorkerInput = { interviewLintWorker: true, jobs: share, knownPaths, today, cwd, port: port2, signal };
      workers.push(new Worker(entry, { workerData: input, transferList: [port2], execArgv }));
      ports.push(port1);
    }
    const facts = waitFor<ContactsMessage>(ports, signal, shares.length);
    const known: KnownFiles = { contacts: new Map(), requests: new RequestLookup() };
    const requests: [string, string, string][] = [];
    facts.forEach((message, share) => {
      if ('error' in message) throw new Error(message.error);
      const offset = shares.slice(0, share).reduce((sum, list) => sum + list.length, 0);
      for (const [index, fileFacts] of message.facts) {
        const [, company, requested] = fileFacts;
        addKnown(known, jobs[offset + index].path, fileFacts);
        if (company && requested) requests.push([jobs[offset + index].path, company, requested]);
      }
    });
    // The contacts as keyed here; the requests as given, for each worker's own lookup.
    for (const port of ports) port.postMessage({ contacts: [...known.contacts], requests });
    const results = waitFor<ResultsMessage>(ports, signal, 2 * shares.length);
    return results.flatMap((message) => {
      if ('error' in message) throw new Error(message.error);
      return message.results;
    });
  } finally {
    for (const port of ports) port.close();
    for (const worker of workers) void worker.terminate();
  }
}

/** Blocks until `count` signals in all, then takes one message from each port. */
function waitFor<T>(ports: readonly MessagePort[], signal: Int32Array, count: number): T[] {
  let seen = Atomics.load(signal, 0);
  let quiet = 0;
  while (seen < count) {
    if (Atomics.wait(signal, 0, seen, 1000) === 'timed-out') {
      quiet += 1000;
      if (quiet >= SILENCE_MS) throw new Error(`a worker gave no answer for ${SILENCE_MS / 1000} s`);
    } else quiet = 0;
    seen = Atomics.load(signal, 0);
  }
  return ports.map((port) => {
    const received = receiveMessageOnPort(port);
    if (!received) throw new Error('a worker signalled without a message');
    return received.message as T;
  });
}

/** A worker: reads and parses its files, reports their contacts, then lints them when told every contact. */
function serve(input: WorkerInput): void {
  const { jobs, today, cwd, port, signal } = input;
  const send = (message: unknown): void => {
    port.postMessage(message);
    Atomics.add(signal, 0, 1);
    Atomics.notify(signal, 0);
  };
  const failure = (error: unknown): string => (error instanceof Error ? error.message : String(error));
  let parsed: ParsedJob[] = [];
  try {
    parsed = jobs.map(readJob);
    const facts: [number, FileFacts][] = [];
    parsed.forEach((file, index) => {
      if ('interview' in file) facts.push([index, factsOf(file.interview)]);
    });
    send({ facts });
  } catch (error) {
    send({ error: failure(error) });
    return;
  }
  port.once('message', ({ contacts, requests }: { contacts: [string, string[]][]; requests: [string, string, string][] }) => {
    try {
      const known: KnownFiles = { contacts: new Map(contacts), requests: new RequestLookup() };
      for (const [file, company, requested] of requests) known.requests.add(file, company, requested);
      const workspace = cliWorkspace(cwd, new Set(input.knownPaths), known);
      const results: Linted[] = parsed.map((file, index) => {
        const job = jobs[index];
        if ('problem' in file) return { path: job.path, problem: file.problem };
        return { path: job.path, text: file.text, issues: lintParsed(job, file.document, file.interview, today, workspace) };
      });
      send({ results });
    } catch (error) {
      send({ error: failure(error) });
    }
    port.close();
  });
}

if (!isMainThread && (workerData as Partial<WorkerInput> | undefined)?.interviewLintWorker) serve(workerData as WorkerInput);
