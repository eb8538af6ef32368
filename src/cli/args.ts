import { isIsoDate } from '../core/dates';
import type { Severity } from '../core/types';
import { SEVERITIES } from '../core/types';

export type Format = 'stylish' | 'json' | 'sarif' | 'github';

const FORMATS: readonly Format[] = ['stylish', 'json', 'sarif', 'github'];

export interface CliOptions {
  paths: string[];
  format: Format;
  today?: string;
  maxWarnings?: number;
  minSeverity: Severity;
  /** Threads to lint on; undefined: as many as the machine has (up to 4) for 2,000 files or more, else one. */
  jobs?: number;
  color: boolean;
  help: boolean;
  version: boolean;
}

export class UsageError extends Error {}

export const USAGE = `Usage: interview-lint [options] [paths…]
       interview-lint import-contacts [--into <file>] <export>…   (see import-contacts --help)

Lints informational-interview notes (*.interview.yaml, *.interview.yml): the format, the
job-ask detector and the follow-up rules. Paths are files, folders or globs (default: .);
node_modules and .git are skipped.

Options:
  --format <stylish|json|sarif|github>
                                  output format (default: stylish); github prints workflow
                                  commands that GitHub Actions shows as annotations
  --today <YYYY-MM-DD>            the date the date rules use (default: today, local time)
  --max-warnings <n>              exit 1 when there are more than n warnings
  --min-severity <level>          report only hint|information|warning|error and above (default: hint)
  --jobs <n>                      lint on n threads (default: the machine's cores, up to 4, from
                                  2,000 files on; 1 otherwise)
  --no-color                      plain output (also when NO_COLOR is set or output is not a terminal)
  -h, --help                      show this help
  -v, --version                   show the version

Exit codes: 0 no errors, 1 errors found (or more warnings than --max-warnings),
2 bad usage or unreadable input.`;

/** Reads the command line; throws UsageError with a message that says what to change. */
export function parseArgs(argv: readonly string[], colorDefault: boolean): CliOptions {
  const options: CliOptions = { paths: [], format: 'stylish', minSeverity: 'hint', color: colorDefault, help: false, version: false };
  const value = (index: number, flag: string): string => {
    const next = argv[index + 1];
    if (next === undefined || next.startsWith('--')) throw new UsageError(`${flag} needs a value.`);
    return next;
  };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    const [flag, inline] = argument.startsWith('--') && argument.includes('=') ? [argument.slice(0, argument.indexOf('=')), argument.slice(argument.indexOf('=') + 1)] : [argument, undefined];
    const take = () => {
      if (inline !== undefined) return inline;
      const next = value(index, flag);
      index++;
      return next;
    };
    switch (flag) {
      case '-h':
      case '--help':
        options.help = true;
        break;
      case '-v':
      case '--version':
        options.version = true;
        break;
      case '--no-color':
        options.color = false;
        break;
      case '--color':
        options.color = true;
        break;
      case '-f':
      case '--format': {
        const format = take();
        if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`Unknown format "${format}": use stylish, json, sarif or github.`);
        options.format = format as Format;
        break;
      }
      case '--today': {
        const today = take();
        if (!isIsoDate(today)) throw new UsageError(`--today takes a real date as YYYY-MM-DD, not "${today}".`);
        options.today = today;
        break;
      }
      case '--max-warnings': {
        const raw = take();
        const count = Number(raw);
        if (!/^\d+$/.test(raw) || !Number.isSafeInteger(count)) throw new UsageError(`--max-warnings takes a whole number, not "${raw}".`);
        options.maxWarnings = count;
        break;
      }
      case '--jobs': {
        const raw = take();
        const count = Number(raw);
        if (!/^\d+$/.test(raw) || count < 1 || count > 64) throw new UsageError(`--jobs takes a whole number from 1 to 64, not "${raw}".`);
        options.jobs = count;
        break;
      }
      case '--min-severity': {
        const level = take();
        if (!(SEVERITIES as readonly string[]).includes(level)) throw new UsageError(`--min-severity takes hint, information, warning or error, not "${level}".`);
        options.minSeverity = level as Severity;
        break;
      }
      default:
        if (argument.startsWith('-') && argument !== '-') throw new UsageError(`Unknown option ${argument}. Run interview-lint --help for the options.`);
        options.paths.push(argument);
    }
  }
  if (options.paths.length === 0) options.paths.push('.');
  return options;
}
