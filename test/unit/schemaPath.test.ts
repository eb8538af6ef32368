// What completion and hovers read from the schema (src/extension/completion/schemaPath.ts, free of
// `vscode`): the choices, dates, maps and lists at a path, with the empty value (`null`) that the
// schema allows everywhere a key is optional never offered as a choice.
import * as assert from 'node:assert/strict';
import type { SchemaNode } from '../../src/core/schema';
import { hasType } from '../../src/core/schema';
import { blockKind, branches, isDateNode, mapBranch, scalarBranch, schemaAtPath, valueSummary } from '../../src/extension/completion/schemaPath';

const at = (...path: string[]): SchemaNode => {
  const node = schemaAtPath(path);
  assert.ok(node, `a schema at ${path.join('.')}`);
  return node;
};

describe('the schema as completion and hovers read it', () => {
  it('offers the stages, connections and meeting formats, with what each means, and no empty choice', () => {
    const stage = scalarBranch(at('stage'));
    assert.deepEqual(stage?.enum, ['prospect', 'requested', 'scheduled', 'met', 'followed_up', 'closed']);
    assert.match(stage?.enumDescriptions?.[2] ?? '', /A date is agreed/);
    assert.equal(valueSummary(at('stage')), 'prospect | requested | scheduled | met | followed_up | closed');
    assert.deepEqual(scalarBranch(at('contact', 'connection'))?.enum, ['first', 'second', 'third', 'alumni', 'referral', 'cold']);
    assert.deepEqual(scalarBranch(at('meeting', 'format'))?.enum, ['in-person', 'video', 'phone', 'email']);
    assert.match(at('contact', 'connection').description ?? '', /How you are connected/);
  });

  it('knows the dates, whether or not they may be left empty', () => {
    for (const path of [['requested'], ['follow_up', 'thanked'], ['follow_up', 'next'], ['follow_up', 'log', '0', 'date']]) {
      assert.ok(isDateNode(at(...path)), path.join('.'));
      assert.equal(valueSummary(at(...path)), 'date', path.join('.'));
    }
    assert.ok(isDateNode(at('meeting', 'date')));
    assert.equal(valueSummary(at('meeting', 'date')), 'date or date-time');
    assert.ok(!isDateNode(at('contact', 'name')));
  });

  it('tells maps and lists (typing their key opens a block) from single values', () => {
    assert.equal(blockKind(at('contact')), 'map');
    assert.equal(blockKind(at('meeting')), 'map');
    assert.equal(blockKind(at('tags')), 'list');
    assert.equal(blockKind(at('follow_up', 'referrals')), 'list');
    assert.equal(blockKind(at('notes')), undefined);
    assert.deepEqual(Object.keys(mapBranch(at('contact'))?.properties ?? {}).slice(0, 3), ['name', 'role', 'company']);
    assert.deepEqual(mapBranch(at('questions', '0'))?.required, ['ask']);
    assert.ok(scalarBranch(at('questions', '0')), 'a question may be plain text too');
    assert.equal(valueSummary(at('questions', '0')), 'text or map');
  });

  it('describes single values by what they hold', () => {
    assert.ok(hasType(scalarBranch(at('contact', 'supervisor'))!, 'boolean'));
    assert.equal(valueSummary(at('contact', 'supervisor')), 'true | false');
    assert.equal(valueSummary(at('meeting', 'minutes')), '5–240');
    assert.equal(valueSummary(at('contact', 'linkedin')), 'text');
    assert.equal(valueSummary(at('contact', 'email')), 'text');
    assert.equal(valueSummary(at('version')), '1');
  });

  it('never offers the empty value as a branch, anywhere in the schema', () => {
    const visit = (node: SchemaNode, where: string) => {
      for (const branch of branches(node)) {
        assert.ok(!(hasType(branch, 'null') && typeof branch.type === 'string'), `${where} offers an empty-only branch`);
        assert.ok(!branch.enum?.includes(null), `${where} offers null as a choice`);
        for (const [key, child] of Object.entries(branch.properties ?? {})) visit(child, `${where}.${key}`);
        if (branch.items) visit(branch.items, `${where}[]`);
      }
    };
    visit(at(), '');
  });

  it('finds nothing for a key the format does not have, even one Object has', () => {
    assert.equal(schemaAtPath(['contact', 'nickname']), undefined);
    assert.equal(schemaAtPath(['contact', 'toString']), undefined);
    assert.equal(schemaAtPath(['stage', 'x']), undefined);
  });
});
