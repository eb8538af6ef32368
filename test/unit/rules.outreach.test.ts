import * as assert from 'node:assert/strict';
import { wordCount } from '../../src/core/rules/outreach';
import { coveredText, issuesOf, onlyIssue } from './rules.support';

/** `count` words: "word1 word2 …", so that each word says where it is. */
const words = (count: number, from = 1) => Array.from({ length: count }, (_, index) => `word${from + index}`).join(' ');

const head = 'contact:\n  name: Dana Reyes\n  connection: second\nstage: requested\nrequested: 2026-11-25\n';

describe('outreach-length', () => {
  it('counts words as people do: contractions, hyphens and numbers are one word each, punctuation none', () => {
    assert.equal(wordCount("Hi Dana — I'd love 20 minutes over e-mail, or a call; thanks!"), 12);
    assert.equal(wordCount('Olá, ¿cómo está? 日本'), 4);
    assert.equal(wordCount('  '), 0);
  });

  it('is quiet at 100 words and reports 101, as information, from the 101st word to the end', () => {
    assert.deepEqual(issuesOf('outreach-length', `${head}outreach: ${words(100)}\n`), []);
    const text = `${head}outreach: ${words(101)}\n`;
    const issue = onlyIssue('outreach-length', text);
    assert.equal(issue.severity, 'information');
    assert.equal(coveredText(text, issue), 'word101');
    assert.match(issue.message, /101 words, 1 over 100/);
    assert.match(issue.message, /short requests get answered/);
  });

  it('underlines the words past the limit across the lines of a block', () => {
    const lines = [words(40), words(40, 41), words(40, 81)];
    const text = `${head}outreach: |\n${lines.map((line) => `  ${line}\n`).join('')}`;
    const issue = onlyIssue('outreach-length', text);
    assert.equal(coveredText(text, issue), words(20, 101));
    assert.match(issue.message, /^The outreach is 120 words, 20 over 100/);
  });

  it('follows windows.max_outreach_words', () => {
    const text = `${head}outreach: ${words(60)}\n`;
    assert.deepEqual(issuesOf('outreach-length', text), []);
    const issue = onlyIssue('outreach-length', text, { config: { windows: { maxOutreachWords: 50 } } });
    assert.equal(coveredText(text, issue), words(10, 51));
  });

  it('reports on the key when the source words are not the text words (escapes in a quoted value)', () => {
    const text = `${head}outreach: "${words(100)} caf\\u00e9"\n`;
    const issue = onlyIssue('outreach-length', text);
    assert.equal(coveredText(text, issue), 'outreach');
  });
});
