import * as vscode from 'vscode';

/** The files the extension treats as interviews. */
export const INTERVIEW_GLOB = '**/*.interview.{yaml,yml}';
/** Folders never searched for interviews. */
export const EXCLUDE_GLOB = '**/{node_modules,.git}/**';
export const LANGUAGE_ID = 'interview-yaml';
/** The `source` of every diagnostic the extension publishes: the linter's name, as the CLI calls it. */
export const DIAGNOSTIC_SOURCE = 'interview-lint';

/** Whether a URI names an interview file. */
export function isInterviewUri(uri: vscode.Uri): boolean {
  return /\.interview\.ya?ml$/i.test(uri.path);
}

/** Whether an open document is an interview (by language or by name). */
export function isInterviewDocument(document: vscode.TextDocument): boolean {
  return document.languageId === LANGUAGE_ID || isInterviewUri(document.uri);
}

/** A stable key for a URI in maps. */
export function uriKey(uri: vscode.Uri): string {
  return uri.toString();
}

/** Larger files are not read at all: no interview or settings file comes near, and reading one would hold the memory. */
export const MAX_READ_BYTES = 64 * 1024 * 1024;

/**
 * Reads a file as UTF-8 text through the workspace file system (works on virtual file systems too).
 * Only regular files of a sane size are read: a pipe or a device that happens to be named like an
 * interview would block the read (and with it the file service) until something wrote to it.
 */
export async function readText(uri: vscode.Uri): Promise<string> {
  const stat = await vscode.workspace.fs.stat(uri);
  if ((stat.type & vscode.FileType.File) === 0) throw new Error(`${uri.toString()} is not a regular file`);
  if (stat.size > MAX_READ_BYTES) throw new Error(`${uri.toString()} is ${stat.size} bytes, more than the ${MAX_READ_BYTES} read at most`);
  const bytes = await vscode.workspace.fs.readFile(uri);
  return new TextDecoder('utf-8').decode(bytes);
}

/** The path of a URI relative to its workspace folder, with `/` separators (the URI path when outside). */
export function workspacePath(uri: vscode.Uri): string {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return uri.path;
  const base = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
  return uri.path.startsWith(base) ? `${folder.name}/${uri.path.slice(base.length)}` : uri.path;
}

/** Whether a file or folder exists, through the workspace file system. */
export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
