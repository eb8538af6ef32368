// The folder of files written to the spec: linted as the CLI does (every rule, workspace checks
// over the folder, today 2026-11-26), each file reports exactly the rules expected.json lists.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { defaultConfig } from '../../src/core/config';
import { lintDocument } from '../../src/core/lint';
import { readInterview } from '../../src/core/model';
import { parseInterview } from '../../src/core/parse';
import { RULES } from '../../src/core/rules';
import { createWorkspaceView } from '../../src/core/workspace';

const folder = path.join(__dirname, '..', 'fixtures', 'spec');
const TODAY = '2026-11-26';

/** Interview files under a folder, as `/`-separated paths relative to it. */
function interviewFiles(root: string, prefix = ''): string[] {
  return fs
    .readdirSync(path.join(root, prefix), { withFileTypes: true })
    .flatMap((entry) => {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return interviewFiles(root, relative);
      return /\.interview\.ya?ml$/.test(entry.name) ? [relative] : [];
    })
    .sort();
}

describe('files written to the spec', () => {
  const expected = JSON.parse(fs.readFileSync(path.join(folder, 'expected.json'), 'utf8')) as Record<string, string[]>;
  const files = interviewFiles(folder);
  const documents = new Map(files.map((file) => [file, parseInterview(fs.readFileSync(path.join(folder, file), 'utf8'))]));
  const workspace = createWorkspaceView(
    files,
    files.map((file) => {
      const interview = readInterview(documents.get(file)!);
      return { path: file, name: interview.name, company: interview.company };
    }),
  );

  it('has an expectation for every file and a file for every expectation', () => {
    assert.deepEqual(Object.keys(expected).sort(), files);
  });

  it('shows every rule firing somewhere', () => {
    const fired = new Set(Object.values(expected).flat());
    assert.deepEqual(RULES.map((rule) => rule.id).filter((id) => !fired.has(id)), []);
  });

  for (const file of files) {
    const want = expected[file] ?? [];
    it(`${file}: ${want.length > 0 ? want.join(', ') : 'nothing'}`, () => {
      const issues = lintDocument(documents.get(file)!, { today: TODAY, config: defaultConfig(), path: file, workspace });
      const got = [...new Set(issues.map((issue) => issue.ruleId))].sort();
      assert.deepEqual(got, want, issues.map((issue) => `${issue.ruleId} (line ${issue.range.start.line + 1}): ${issue.message}`).join('\n'));
    });
  }
});
