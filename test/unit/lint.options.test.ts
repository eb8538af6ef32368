// Linting for a report only: the same issues, without the fixes (which cost a plan and a check each).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits } from '../../src/core/edits';
import { lintDocument, lintText } from '../../src/core/lint';
import { parsedLength, parseInterview } from '../../src/core/parse';
import type { Issue } from '../../src/core/types';

const root = path.join(__dirname, '..', '..');
const TODAY = '2026-11-26';

function withoutFixes(issues: Issue[]): Issue[] {
  return issues.map(({ fixes: _fixes, ...issue }) => issue);
}

describe('fixes planned when read', () => {
  it('plans no fix during the lint, then gives each issue the fixes planning it at once would', () => {
    const folder = path.join(root, 'test', 'fixtures', 'spec');
    let planned = 0;
    for (const name of fs.readdirSync(folder).filter((file) => file.endsWith('.interview.yaml'))) {
      const text = fs.readFileSync(path.join(folder, name), 'utf8');
      const document = parseInterview(text);
      const before = parsedLength();
      const issues = lintDocument(document, { today: TODAY });
      assert.equal(parsedLength(), before, `${name}: the lint itself parsed for its fixes`);
      for (const issue of issues) {
        const fixes = issue.fixes ?? [];
        planned += fixes.length;
        for (const fix of fixes) {
          assert.ok(!Object.getOwnPropertySymbols(fix).length, `${name}: ${fix.title} still waits to be planned`);
          assert.deepEqual(parseInterview(applyEdits(text, fix.edits)).syntax, [], `${name}: ${fix.title}`);
        }
        // Read again, the same fixes, planned once.
        assert.equal(issue.fixes, issue.fixes);
      }
    }
    assert.ok(planned > 5, 'the fixtures should have issues with fixes');
  });
});

describe('linting without fixes', () => {
  it('reports the same issues as a full lint, none of them with fixes', () => {
    const folder = path.join(root, 'test', 'fixtures', 'spec');
    const files = fs.readdirSync(folder).filter((name) => name.endsWith('.interview.yaml'));
    let fixed = 0;
    for (const name of files) {
      const text = fs.readFileSync(path.join(folder, name), 'utf8');
      const full = lintText(text, { today: TODAY });
      const reportOnly = lintText(text, { today: TODAY, fixes: false });
      fixed += full.filter((issue) => issue.fixes).length;
      assert.deepEqual(reportOnly, withoutFixes(full), name);
      assert.ok(reportOnly.every((issue) => !('fixes' in issue)), name);
    }
    assert.ok(fixed > 5, 'the fixtures should have issues with fixes to leave out');
  });
});
