// Microsoft's SARIF validator (`@microsoft/sarif-multitool`, a self-contained .NET program shipped in
// an npm package per platform) run on a SARIF text, with the rules GitHub code scanning cares about
// (`Gh`) and the SARIF specification's own (`Sarif`). The program is started directly, not through
// the package's `sarif-multitool` script: that one passes its arguments through a shell, where the
// `;` of "Gh;Sarif" ends the command.
import * as childProcess from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/**
 * The validator's configuration: SARIF2006 fetches every URI of the log over HTTP to see that it
 * answers. The machines that run the tests have no network, so it is turned off rather than left
 * to time out (it only ever reports notes, which the checks here do not count anyway).
 */
const CONFIGURATION = `<?xml version="1.0" encoding="utf-8"?>
<Properties>
  <Properties Key="SARIF2006.UrisShouldBeReachable.Options">
    <Property Key="RuleEnabled" Value="Disabled" Type="Driver.RuleEnabledState" />
  </Properties>
</Properties>
`;

export interface ValidatorFinding {
  level: 'error' | 'warning' | 'note' | 'none';
  ruleId: string;
  /** The rule, the kind of message and where, e.g. `GH2012 MissingHelp: runs[0].tool.driver.rules[0] · GitHub Advanced Security`. */
  what: string;
}

/** The validator's findings on a SARIF text, at every level; throws when the validator cannot run. */
export function validateSarif(sarif: string): ValidatorFinding[] {
  // The package exports the path of the program for this platform.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const program = require('@microsoft/sarif-multitool') as string;
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sarif-validate-'));
  try {
    const input = path.join(folder, 'log.sarif');
    const output = path.join(folder, 'validation.sarif');
    const configuration = path.join(folder, 'validator.xml');
    fs.writeFileSync(input, sarif);
    fs.writeFileSync(configuration, CONFIGURATION);
    const run = childProcess.spawnSync(program, ['validate', input, '--rule-kind', 'Gh;Sarif', '--level', 'Error;Warning;Note', '--config', configuration, '--output', output, '--log', 'ForceOverwrite'], {
      encoding: 'utf8',
      timeout: 120_000,
      // .NET loads ICU (libicu) at start-up unless globalization is invariant, which the validator
      // does not need: this way the tests need no ICU on the machine.
      env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
    });
    if (run.error) throw new Error(`The SARIF validator did not start (${program}): ${run.error.message}`);
    if (run.status !== 0 || !fs.existsSync(output)) throw new Error(`The SARIF validator failed (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
    const log = JSON.parse(fs.readFileSync(output, 'utf8')) as { runs: { results?: { level?: ValidatorFinding['level']; ruleId: string; message: { id?: string; text?: string; arguments?: string[] } }[] }[] };
    return (log.runs[0].results ?? []).map((result) => ({
      // SARIF's default level is warning.
      level: result.level ?? 'warning',
      ruleId: result.ruleId,
      what: `${result.ruleId} ${result.message.id ?? ''}: ${result.message.text ?? (result.message.arguments ?? []).join(' · ')}`,
    }));
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/** The findings GitHub's upload and the SARIF specification would object to: errors and warnings. */
export function objections(findings: readonly ValidatorFinding[]): string[] {
  return findings.filter((finding) => finding.level === 'error' || finding.level === 'warning').map((finding) => `${finding.level} ${finding.what}`);
}
