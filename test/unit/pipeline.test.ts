// The workspace index behind the pipeline view: groups kept until the index changes, and the view a
// file is linted with while the index is still being filled.
import * as assert from 'node:assert/strict';
import { defaultConfig } from '../../src/core/config';
import { readInterview } from '../../src/core/model';
import { parseInterview } from '../../src/core/parse';
import { InterviewIndex, summarize } from '../../src/core/pipeline';

const TODAY = '2026-11-26';

function summaryOf(path: string, text: string) {
  return summarize(`file:///w/${path}`, path, readInterview(parseInterview(text)), [], true, TODAY, defaultConfig());
}

const person = (name: string, company: string, stage = 'met') => `contact:\n  name: ${name}\n  company: ${company}\nstage: ${stage}\n`;

describe('the interview index', () => {
  it('keeps the groups until the index changes, sorted by name', () => {
    const index = new InterviewIndex();
    index.set(summaryOf('b.interview.yaml', person('Émile Zola', 'Acme')));
    index.set(summaryOf('a.interview.yaml', person('Ada Lovelace', 'Acme')));
    const first = index.groups('stage');
    assert.equal(index.groups('stage'), first, 'asked again without a change: the same groups');
    assert.deepEqual(
      first.find((group) => group.stage === 'met')?.items.map((item) => item.name),
      ['Ada Lovelace', 'Émile Zola'],
    );
    index.set(summaryOf('c.interview.yaml', person('Cleo Park', 'Acme')));
    const after = index.groups('stage');
    assert.notEqual(after, first);
    assert.deepEqual(
      after.find((group) => group.stage === 'met')?.items.map((item) => item.name),
      ['Ada Lovelace', 'Cleo Park', 'Émile Zola'],
    );
    assert.deepEqual(
      index.groups('company').map((group) => group.label),
      ['Acme'],
    );
  });

  it('answers workspace checks while it is filled, and says when the full index would answer differently', () => {
    const index = new InterviewIndex();
    const expected = new Set(['a.interview.yaml', 'b.interview.yaml', 'gone.interview.yaml']);
    index.set(summaryOf('a.interview.yaml', person('Ada Lovelace', 'Acme')));
    const filling = index.viewWhileFilling(expected);
    assert.equal(filling.view.exists('b.interview.yaml'), true, 'a file found but not read yet exists');
    assert.equal(filling.view.exists('nowhere.interview.yaml'), false);
    assert.deepEqual(filling.view.filesWithContact('ada lovelace', 'Acme'), ['a.interview.yaml']);
    assert.equal(filling.changed(), true, 'b.interview.yaml is not indexed yet');
    index.set(summaryOf('b.interview.yaml', person('Lee Wong', 'Acme')));
    assert.equal(filling.changed(), false, 'the index now answers as the view did');
    index.set(summaryOf('c.interview.yaml', person('Ada Lovelace', 'Acme')));
    assert.equal(filling.changed(), true, 'a second file with the same contact');

    const other = index.viewWhileFilling(expected);
    assert.equal(other.view.exists('gone.interview.yaml'), true);
    assert.equal(other.changed(), true, 'a file found but never read does not exist in the end');
  });
});

describe('the pipeline groups as files come and go', () => {
  /** The groups as they were computed before the index kept its order: sort every group afresh. */
  function groupsAfresh(index: InterviewIndex, by: 'stage' | 'company' | 'tag', tag?: string): string[][] {
    const collator = new Intl.Collator();
    const byName = (a: { name: string; path: string }, b: { name: string; path: string }) => collator.compare(a.name, b.name) || collator.compare(a.path, b.path);
    const items = [...index.values()].filter((summary) => !tag || summary.tags.includes(tag));
    return index.groups(by, tag).map((group) => {
      const members = new Set(group.items);
      return items.filter((item) => members.has(item)).sort(byName).map((item) => `${item.name} ${item.path}`);
    });
  }

  it('hold every group in name order after many adds, changes and removals, as sorting afresh does', () => {
    let state = 42;
    const next = () => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state / 4294967296;
    };
    const names = ['Ada Lovelace', 'ada lovelace', 'Émile Zola', 'Zoë Ng', 'Ōta Ren', 'Bea Kim', 'bea kim', 'Ximena Ruiz', 'Lee Wong'];
    const stages = ['prospect', 'requested', 'scheduled', 'met', 'followed_up', 'closed', 'sheduled'];
    const index = new InterviewIndex();
    for (let step = 0; step < 600; step++) {
      const path = `f${Math.floor(next() * 60)}.interview.yaml`;
      if (next() < 0.2) index.remove(`file:///w/${path}`);
      else {
        const text = `${person(names[Math.floor(next() * names.length)], ['Acme', 'Fernway', 'Orbit'][Math.floor(next() * 3)], stages[Math.floor(next() * stages.length)])}tags: [${next() < 0.5 ? 'alumni' : 'target'}]\n`;
        index.set(summaryOf(path, text));
      }
      if (step % 25 === 0) {
        for (const by of ['stage', 'company', 'tag'] as const) {
          assert.deepEqual(
            index.groups(by).map((group) => group.items.map((item) => `${item.name} ${item.path}`)),
            groupsAfresh(index, by),
            `${by} after step ${step}`,
          );
        }
        assert.deepEqual(
          index.groups('stage', 'alumni').map((group) => group.items.map((item) => `${item.name} ${item.path}`)),
          groupsAfresh(index, 'stage', 'alumni'),
        );
      }
    }
  });
});

describe('the index and the 3B routine', () => {
  const request = (name: string, company: string, date: string) => `${person(name, company, 'requested')}requested: ${date}\n`;
  const linted = (index: InterviewIndex, path: string, text: string) =>
    summarize(`file:///w/${path}`, path, readInterview(parseInterview(text)), [], true, TODAY, defaultConfig(), index.view());

  it('shows "write to someone else" in Due until a second person at the employer is asked, and says whom to look at again', () => {
    const index = new InterviewIndex();
    const dana = request('Dana Reyes', 'Acme Robotics', '2026-11-23');
    index.set(linted(index, 'dana.interview.yaml', dana));
    index.set(linted(index, 'lee.interview.yaml', person('Lee Wong', 'Acme Robotics, Inc.', 'prospect')));
    index.requestDependents();
    assert.deepEqual(index.get('file:///w/dana.interview.yaml')?.due.map((item) => item.kind), ['second-contact']);

    // Lee is asked the day after: Dana's file is the one to look at again (Lee's own answer, nobody
    // asked since Lee, is what it was linted with), and its Due item goes.
    index.set(linted(index, 'lee.interview.yaml', request('Lee Wong', 'Acme Robotics, Inc.', '2026-11-24')));
    assert.deepEqual(index.requestDependents(), ['file:///w/dana.interview.yaml']);
    index.set(linted(index, 'dana.interview.yaml', dana));
    assert.deepEqual(index.get('file:///w/dana.interview.yaml')?.due, []);

    // Lee's request moves a day later: still after Dana's, so nobody's answer changes.
    index.set(linted(index, 'lee.interview.yaml', request('Lee Wong', 'Acme Robotics, Inc.', '2026-11-25')));
    assert.deepEqual(index.requestDependents(), []);

    // An edit that leaves the requests as they are sends no one to be looked at again.
    index.set(linted(index, 'lee.interview.yaml', `${request('Lee Wong', 'Acme Robotics, Inc.', '2026-11-25')}tags: [robotics]\n`));
    assert.deepEqual(index.requestDependents(), []);

    // Lee's file goes: Dana's is looked at again, and writing to someone else is due once more.
    index.remove('file:///w/lee.interview.yaml');
    assert.deepEqual(index.requestDependents(), ['file:///w/dana.interview.yaml']);
    index.set(linted(index, 'dana.interview.yaml', dana));
    assert.deepEqual(index.get('file:///w/dana.interview.yaml')?.due.map((item) => item.kind), ['second-contact']);
  });

  it('lints a file again after the index is filled when the requests at its employer changed meanwhile', () => {
    const index = new InterviewIndex();
    const filling = index.viewWhileFilling(new Set(['dana.interview.yaml', 'lee.interview.yaml']));
    assert.equal(filling.view.askedSince?.('Acme Robotics', '2026-11-23', 'dana.interview.yaml'), false);
    assert.equal(filling.changed(), false);
    index.set(summaryOf('lee.interview.yaml', request('Lee Wong', 'Acme Robotics', '2026-11-24')));
    assert.equal(filling.changed(), true);
  });
});
