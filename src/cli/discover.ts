import * as fs from 'fs';
import * as path from 'path';

const INTERVIEW_FILE = /\.interview\.ya?ml$/i;
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

export interface Discovery {
  /** Absolute paths of the interview files found, sorted, without duplicates. */
  files: string[];
  /** Problems with the given paths: missing, unreadable. */
  problems: string[];
}

/** Finds interview files under the given files, folders and globs, following links but never looping. */
export function discover(inputs: readonly string[], cwd: string): Discovery {
  const files = new Set<string>();
  const problems: string[] = [];
  const visited = new Set<string>();
  const walk = (folder: string, match?: RegExp, base?: string) => {
    let real: string;
    try {
      real = fs.realpathSync(folder);
    } catch (error) {
      problems.push(`Cannot read ${display(folder, cwd)}: ${reason(error)}`);
      return;
    }
    if (visited.has(real)) return;
    visited.add(real);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      problems.push(`Cannot read ${display(folder, cwd)}: ${reason(error)}`);
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const full = path.join(folder, entry.name);
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const stat = fs.statSync(full);
          isDirectory = stat.isDirectory();
          isFile = stat.isFile();
        } catch {
          continue; // A dangling link is not an interview.
        }
      }
      if (isDirectory) {
        if (!SKIPPED_FOLDERS.has(entry.name)) walk(full, match, base);
      } else if (isFile && INTERVIEW_FILE.test(entry.name)) {
        if (!match || match.test(toPosix(path.relative(base ?? cwd, full)))) files.add(path.resolve(full));
      }
    }
  };
  for (const input of inputs) {
    if (hasGlob(input)) {
      const { base, pattern } = splitGlob(input);
      const root = path.resolve(cwd, base);
      if (!fs.existsSync(root)) {
        problems.push(`No such file or folder: ${input}`);
        continue;
      }
      const before = files.size;
      walk(root, globToRegExp(pattern), root);
      if (files.size === before) problems.push(`No interview files match ${input}`);
      continue;
    }
    const full = path.resolve(cwd, input);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(full);
    } catch (error) {
      problems.push((error as NodeJS.ErrnoException).code === 'ENOENT' ? `No such file or folder: ${input}` : `Cannot read ${input}: ${reason(error)}`);
      continue;
    }
    if (stat.isDirectory()) walk(full);
    else if (stat.isFile()) files.add(full);
    // A pipe or a device would block the read, or never end it.
    else problems.push(`Not a regular file: ${input}`);
  }
  return { files: [...files].sort(), problems };
}

function hasGlob(input: string): boolean {
  return /[*?[{]/.test(input);
}

function splitGlob(input: string): { base: string; pattern: string } {
  const parts = toPosix(input).split('/');
  const index = parts.findIndex((part) => hasGlob(part));
  return { base: parts.slice(0, index).join('/') || '.', pattern: parts.slice(index).join('/') };
}

/** A glob (`*`, `**`, `?`, `[…]`, `{a,b}`) as a regular expression over `/`-separated relative paths. */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  let braces = 0;
  for (let index = 0; index < glob.length; index++) {
    const char = glob[index];
    if (char === '*') {
      if (glob[index + 1] === '*') {
        index++;
        if (glob[index + 1] === '/') {
          index++;
          source += '(?:.*/)?';
        } else source += '.*';
      } else source += '[^/]*';
    } else if (char === '?') source += '[^/]';
    else if (char === '{') {
      braces++;
      source += '(?:';
    } else if (char === '}' && braces > 0) {
      braces--;
      source += ')';
    } else if (char === ',' && braces > 0) source += '|';
    else if (char === '[') {
      const close = glob.indexOf(']', index);
      if (close === -1) source += '\\[';
      else {
        source += `[${glob.slice(index + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        index = close;
      }
    } else source += char.replace(/[.+^$()|\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

export function toPosix(value: string): string {
  return value.split(path.sep).join('/');
}

function display(file: string, cwd: string): string {
  return toPosix(path.relative(cwd, file)) || '.';
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'too many symbolic links (a loop?)';
  return error instanceof Error ? error.message : String(error);
}
