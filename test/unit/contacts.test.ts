// Contact exports as people make them (test/fixtures/contacts): LinkedIn's Connections.csv and
// vCards from Google, Apple and a vCard 4.0 writer, and the network file they merge into.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ContactImportError, exportDate, profileKey, readContactExport, readLinkedInCsv, readVcards } from '../../src/core/contacts';
import { isSupervisorTitle, mergeIntoNetwork, readNetwork } from '../../src/core/network';
import { newInterviewText } from '../../src/core/newInterview';
import { lint } from './rules.support';

const fixture = (name: string) => readFileSync(path.join(__dirname, '..', 'fixtures', 'contacts', name), 'utf8');

/** Merges or fails the test with the reason. */
function merge(current: string | undefined, exported: string) {
  const merged = mergeIntoNetwork(current, readContactExport(exported));
  assert.ok(typeof merged !== 'string', String(merged));
  return merged;
}

describe('LinkedIn Connections.csv', () => {
  const read = readLinkedInCsv(fixture('Connections.csv'));

  it('finds the header after the Notes preamble and reads every person, keeping quoted commas', () => {
    assert.equal(read.format, 'linkedin');
    assert.deepEqual(
      read.contacts.map((contact) => [contact.name, contact.company, contact.title]),
      [
        ['Ines Duarte', 'Quarry Labs', 'Head of Research, Robotics'],
        ['Tomas Berg', 'Berg, Lund & Co', 'Operations Supervisor'],
        ['Ana Silva', 'Fenland Trust', 'Restoration Ecologist'],
        ['Lee Wong', undefined, undefined],
        ['Priya Raman', 'Marsh Works, Inc.', 'Senior Manager'],
      ],
    );
  });

  it('says which rows it left out and why, instead of dropping them silently', () => {
    assert.deepEqual(read.skipped, ['row 9: no name']);
  });

  it('keeps e-mails where the export has them, and leaves them out where it has none', () => {
    assert.deepEqual(
      read.contacts.map((contact) => contact.email),
      [undefined, 'tomas@example.org', undefined, undefined, undefined],
    );
  });

  it('reads "Connected On" (15 Jan 2019) as a date', () => {
    assert.deepEqual(
      read.contacts.map((contact) => contact.connected),
      ['2019-01-15', '2021-03-03', '2024-11-28', '2018-02-02', '2023-08-07'],
    );
    assert.equal(exportDate('7 Sept 2020'), '2020-09-07');
    assert.equal(exportDate('2020-09-07'), '2020-09-07');
    assert.equal(exportDate('sometime'), undefined);
    assert.equal(exportDate('40 Jan 2020'), undefined);
  });

  it('reduces every spelling of a profile address to one key', () => {
    const key = 'https://www.linkedin.com/in/tomas-berg';
    for (const spelling of ['https://uk.linkedin.com/in/Tomas-Berg/?originalSubdomain=uk', 'linkedin.com/in/tomas-berg', 'http://www.linkedin.com/in/tomas-berg/#about', 'https://WWW.LinkedIn.com/in/TOMAS-BERG//']) {
      assert.equal(profileKey(spelling), key, spelling);
    }
    assert.equal(profileKey('https://www.linkedin.com/in/jos%C3%A9-l%C3%B3pez/'), 'https://www.linkedin.com/in/josé-lópez');
    assert.equal(profileKey('not an address'), undefined);
    assert.equal(profileKey(''), undefined);
  });

  it('reads a file saved with a byte-order mark and without the preamble', () => {
    const text = '\ufeffFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\nAna,Silva,,,Fenland Trust,,\n';
    assert.deepEqual(readLinkedInCsv(text).contacts, [{ name: 'Ana Silva', company: 'Fenland Trust' }]);
  });

  it('refuses a CSV without the header line, saying what it expected and what to do', () => {
    assert.throws(() => readContactExport(fixture('not-connections.csv')), (error: unknown) => error instanceof ContactImportError && /First Name,Last Name,URL/.test(error.message) && /Export it again from LinkedIn/.test(error.message));
    assert.throws(() => readLinkedInCsv(''), ContactImportError);
  });
});

describe('vCards', () => {
  it("reads Google's 3.0 export: grouped e-mail, escaped URL and commas, folded note, structured ORG", () => {
    const read = readVcards(fixture('google.vcf'));
    assert.equal(read.format, 'vcard');
    assert.deepEqual(read.contacts, [
      {
        name: 'Ines Duarte',
        company: 'Quarry Labs',
        title: 'Head of Research',
        email: 'ines@quarry.example',
        linkedin: 'https://www.linkedin.com/in/ines-duarte',
        note: 'Met at the alumni mixer, spring 2024. She knows the people at Fenland Trust and Marsh Works.',
      },
      { name: 'Dana Reyes', company: 'Acme Robotics', title: 'Engineering Manager, Safety', email: 'dana.reyes@acme.example' },
    ]);
    assert.deepEqual(read.skipped, ['card 3: no name']);
  });

  it("reads Apple's export with LF line ends and the LinkedIn profile in X-SOCIALPROFILE", () => {
    assert.deepEqual(readVcards(fixture('apple.vcf')).contacts, [
      { name: 'Leo Park', company: 'Stonebridge Design', title: 'Architect', email: 'leo@stonebridge.example', linkedin: 'https://www.linkedin.com/in/leopark' },
    ]);
  });

  it('reads 4.0, taking the preferred of several e-mails and unescaping ;', () => {
    assert.deepEqual(readVcards(fixture('v4.vcf')).contacts, [
      { name: 'Sam Patel', company: 'Stonebridge Design', title: 'Studio Lead', email: 'sam@stonebridge.example', linkedin: 'https://www.linkedin.com/in/sam-patel-arch', note: 'Introduced by Leo; likes long walks' },
    ]);
  });

  it('takes the name from N when there is no FN', () => {
    assert.deepEqual(readVcards('BEGIN:VCARD\nVERSION:3.0\nN:Okafor;Chidi;;;\nEND:VCARD\n').contacts, [{ name: 'Chidi Okafor' }]);
  });

  it('refuses a file with no vCard in it', () => {
    assert.throws(() => readVcards('hello\n'), (error: unknown) => error instanceof ContactImportError && /BEGIN:VCARD/.test(error.message));
  });

  it('is told from CSV by its content', () => {
    assert.equal(readContactExport(fixture('v4.vcf')).format, 'vcard');
    assert.equal(readContactExport(fixture('Connections.csv')).format, 'linkedin');
  });
});

describe('the network file', () => {
  it('is written new from a first export, with where it came from, and reads back the same people', () => {
    const merged = merge(undefined, fixture('Connections.csv'));
    assert.equal(merged.added, 5);
    assert.match(merged.text, /^# Your network/);
    assert.match(merged.text, /other people's details/);
    const people = readNetwork(merged.text);
    assert.equal(people.length, 5);
    assert.deepEqual(people[1], {
      name: 'Tomas Berg',
      company: 'Berg, Lund & Co',
      title: 'Operations Supervisor',
      email: 'tomas@example.org',
      linkedin: 'https://www.linkedin.com/in/tomas-berg',
      connected: '2021-03-03',
      source: 'linkedin',
    });
  });

  it('merges a newer export: nobody twice, only missing details added, and what the user wrote kept', () => {
    const first = merge(undefined, fixture('Connections.csv')).text;
    // The user edits the file: a comment, a title of their own, a note.
    const edited = first
      .replace('people:\n', 'people: # everyone from LinkedIn\n')
      .replace('title: Head of Research, Robotics', 'title: Head of Research # she runs the robotics lab')
      .replace('    source: linkedin\n  - name: Tomas Berg', '    source: linkedin\n    note: Ask her about Fenland Trust\n  - name: Tomas Berg');
    const merged = merge(edited, fixture('Connections-2026.csv'));
    assert.deepEqual([merged.added, merged.completed, merged.unchanged], [1, 1, 1]);
    const people = readNetwork(merged.text);
    assert.deepEqual(
      people.map((person) => person.name),
      ['Ines Duarte', 'Tomas Berg', 'Ana Silva', 'Lee Wong', 'Priya Raman', 'Omar Haddad'],
    );
    // The new export says "Director of Research": the title the user kept stays; the e-mail it lacked is added.
    assert.equal(people[0].title, 'Head of Research');
    assert.equal(people[0].email, 'ines@quarry.example');
    assert.equal(people[0].note, 'Ask her about Fenland Trust');
    for (const kept of ['people: # everyone from LinkedIn', '# she runs the robotics lab']) assert.ok(merged.text.includes(kept), kept);
    // The edits touch only what they add.
    assert.ok(merged.edits.every((edit) => edit.length === 0), 'insertions only');
    assert.equal(merge(merged.text, fixture('Connections-2026.csv')).edits.length, 0, 'importing the same export again changes nothing');
  });

  it('matches people across formats by profile or e-mail, and by name and company when an export has neither', () => {
    const linkedin = merge(undefined, fixture('Connections.csv')).text;
    const withGoogle = merge(linkedin, fixture('google.vcf'));
    // Ines is matched by her profile; Dana is new.
    assert.deepEqual([withGoogle.added, withGoogle.completed], [1, 1]);
    assert.equal(readNetwork(withGoogle.text).find((person) => person.name === 'Dana Reyes')?.source, 'vcard');
    const noKeys = 'BEGIN:VCARD\nVERSION:3.0\nFN:Chidi Okafor\nORG:Acme\nEND:VCARD\n';
    const once = merge(withGoogle.text, noKeys);
    assert.equal(once.added, 1);
    assert.equal(merge(once.text, noKeys).added, 0);
  });

  it('refuses to merge into a file whose YAML is broken, saying why', () => {
    const merged = mergeIntoNetwork('people:\n  - name: [unclosed\n', readContactExport(fixture('v4.vcf')));
    assert.equal(typeof merged, 'string');
    assert.match(String(merged), /YAML errors/);
  });
});

describe('prospects from the network', () => {
  it('suggests supervisors from titles', () => {
    for (const title of ['Engineering Manager', 'Head of Research, Robotics', 'Operations Supervisor', 'VP Sales', 'Vice-President, Finance', 'Co-Founder & CEO', 'Team Lead']) assert.ok(isSupervisorTitle(title), title);
    for (const title of ['Restoration Ecologist', 'Software Engineer', 'Analyst', undefined]) assert.ok(!isSupervisorTitle(title), String(title));
  });

  it("writes a prospect file with what the network knows: role, company, profile, e-mail, a first connection, and supervisor when they are one", () => {
    const { text } = newInterviewText({ name: 'Ines Duarte', role: 'Head of Research', company: 'Quarry Labs', linkedin: 'https://www.linkedin.com/in/ines-duarte', email: 'ines@quarry.example', connection: 'first', supervisor: true });
    for (const line of ['  role: Head of Research', '  company: Quarry Labs', '  linkedin: https://www.linkedin.com/in/ines-duarte', '  email: ines@quarry.example', '  supervisor: true']) assert.ok(text.split('\n').includes(line), line);
    assert.match(text, /^ {2}connection: first/m);
    assert.deepEqual(lint(text).filter((issue) => issue.ruleId === 'schema'), [], 'the file follows the schema');
  });
});
