// docs/rules.md is the page every diagnostic links to: it must have a section per rule, with the
// rule's real default severity, and list no rule that does not exist.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ruleDocsAnchor } from '../../src/core/lint';
import { RULES } from '../../src/core/rules';

const page = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'rules.md'), 'utf8');

/** The text of each `## id` section. */
function sections(): Map<string, string> {
  const result = new Map<string, string>();
  const parts = page.split(/^## /m).slice(1);
  for (const part of parts) {
    const heading = part.slice(0, part.indexOf('\n')).trim();
    result.set(heading, part);
  }
  return result;
}

describe('the rules documentation', () => {
  const bySection = sections();

  it('links each rule to an anchor of docs/rules.md', () => {
    for (const rule of RULES) assert.equal(ruleDocsAnchor(rule.id), `docs/rules.md#${rule.id}`);
  });

  for (const rule of RULES) {
    it(`documents ${rule.id} with its default severity, an example that fires and one that does not, and how to turn it off`, () => {
      const section = bySection.get(rule.id);
      assert.ok(section, `docs/rules.md needs a "## ${rule.id}" heading`);
      assert.match(section, new RegExp(`\\*\\*Default severity:\\*\\* ${rule.defaultSeverity}\\b`));
      assert.match(section, /^Fires/m);
      assert.match(section, /^Does not fire/m);
      assert.match(section, /\*\*How to fix\.\*\*/);
      assert.match(section, /\*\*Turn it off\.\*\*/);
      assert.match(page, new RegExp(`\\| \\[\`${rule.id}\`\\]\\(#${rule.id}\\) \\| ${rule.defaultSeverity} \\|`), 'listed in the summary table');
    });
  }

  it('documents rules in the order of the format table and no rule that does not exist', () => {
    const ruleHeadings = [...bySection.keys()].filter((heading) => /^[a-z-]+$/.test(heading));
    assert.deepEqual(ruleHeadings, RULES.map((rule) => rule.id));
  });
});
