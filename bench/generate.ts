// Deterministic inputs for the benchmark: interview files shaped like examples/interviews/, from a
// seeded generator, so every run (and every machine) measures the same texts.

/** A small, fast, seeded PRNG (mulberry32): the same seed gives the same sequence everywhere. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }
}

/** The "today" every generated file is dated against, and the benchmark lints with. */
export const TODAY = '2026-12-01';

const FIRST = ['Dana', 'Sam', 'Grace', 'Jordan', 'Lena', 'Marcus', 'Omar', 'Priya', 'Tomás', 'Aiko', 'Bea', 'Chidi', 'Elif', 'Farah', 'Gustavo', 'Hana', 'Ines', 'Jonas', 'Kwame', 'Lucía', 'Mei', 'Nikhil', 'Olga', 'Pavel', 'Quinn', 'Rosa', 'Sven', 'Tara', 'Umar', 'Vera', 'Wen', 'Yusuf', 'Zoë'];
const LAST = ['Reyes', 'Patel', 'Kim', 'Lee', 'Fischer', 'Oyelaran', 'Haddad', 'Natarajan', 'Alvarez', 'Tanaka', 'Okafor', 'Yilmaz', 'Nguyen', 'Silva', 'Novak', 'Brennan', 'Costa', 'Dubois', 'Eriksen', 'García', 'Hoffmann', 'Ivanova', 'Jensen', 'Kowalski', 'Larsen', 'Moreau', 'Nakamura', 'Olsen', 'Petrov', 'Rossi', 'Schmidt', 'Wong'];
const COMPANIES = ['Acme Robotics', 'Fieldwise', 'Northwind Logistics', 'Blue Harbor Bank', 'Lumen Health', 'Copperleaf Energy', 'Tessellate', 'Orbital Foods', 'Kestrel Analytics', 'Meridian Transit', 'Quarry Labs', 'Saltmarsh Media', 'Granite Insurance', 'Brightwater Schools', 'Helix Biotech', 'Juniper Cloud'];
const ROLES = ['Engineering Manager', 'Product Lead', 'Staff Engineer', 'Head of Operations', 'Data Scientist', 'UX Researcher', 'Director of Sales', 'Plant Manager', 'Policy Analyst', 'Controls Engineer', 'Clinical Lead', 'Marketing Director', 'Founder', 'Principal Designer'];
const TAGS = ['robotics', 'target-company', 'fintech', 'health', 'climate', 'logistics', 'design', 'data', 'public-sector', 'alumni-network', 'manufacturing', 'education'];
const PLACES = ['Blue Bottle, 3rd Ave', 'Their office, Pier 9', 'The library café', 'Lobby of the Ferry Building', 'Zoom', 'Phone call', 'Corner bakery on Main St'];
const CONNECTIONS = ['first', 'second', 'second', 'second', 'third', 'alumni', 'alumni', 'referral', 'cold'];
const FORMATS = ['in-person', 'in-person', 'in-person', 'video', 'phone'];
const STAGE_WEIGHTS: [string, number][] = [
  ['prospect', 0.18],
  ['requested', 0.17],
  ['scheduled', 0.15],
  ['met', 0.17],
  ['followed_up', 0.23],
  ['closed', 0.1],
];
const QUESTIONS = [
  'What is your typical workday like?',
  'How and why did you get started in the business?',
  'What do you like most and least about the job?',
  'What are the biggest challenges facing the business right now?',
  'Is there a colleague or someone else in the profession you think I should talk to?',
  'How has the team changed since you joined?',
  'What skills do the best people on your team share?',
  'What surprised you most when you moved into management?',
  'How do you decide which projects to say no to?',
  'What would you read to understand where the industry is going?',
  'Which part of the work do customers never see?',
  'How does your team measure whether a launch went well?',
];
/** Questions the phrase rules flag, mixed into a few files so the rules have work to do. */
const FLAGGED_QUESTIONS = ['Are you hiring for any positions on your team?', 'Could you pass my résumé on to the hiring manager?', 'Would I be a good fit for your team?'];
const ANSWERS = [
  'Mornings with customers, afternoons with the engineers.',
  'Started as a field engineer and moved into product after a reorg.',
  'Most, seeing the product used in the field; least, the travel.',
  'Hiring and keeping senior people; the market is tight.',
  'Suggested talking to the operations lead at a partner company.',
  'Regulation is the big unknown for the next two years.',
];
const WORDS = ['the', 'team', 'spent', 'most', 'of', 'the', 'quarter', 'on', 'a', 'new', 'line', 'of', 'sensors', 'and', 'she', 'said', 'that', 'customers', 'care', 'more', 'about', 'uptime', 'than', 'features', 'which', 'changed', 'how', 'they', 'plan', 'releases', 'budget', 'hiring', 'is', 'slow', 'but', 'the', 'pilot', 'in', 'Rotterdam', 'went', 'well', 'follow', 'the', 'standards', 'work', 'closely', 'because', 'it', 'shapes', 'the', 'roadmap', 'for', 'next', 'year'];

function sentence(random: Random, minWords: number, maxWords: number): string {
  const count = random.int(minWords, maxWords);
  const words: string[] = [];
  for (let index = 0; index < count; index++) words.push(random.pick(WORDS));
  const text = words.join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** A date `days` from TODAY (negative: in the past). */
export function dateFrom(days: number): string {
  const base = Date.UTC(2026, 11, 1);
  const date = new Date(base + days * 86_400_000);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function stageOf(random: Random): string {
  let roll = random.next();
  for (const [stage, weight] of STAGE_WEIGHTS) {
    roll -= weight;
    if (roll < 0) return stage;
  }
  return 'followed_up';
}

function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export interface Person {
  name: string;
  file: string;
}

export function personName(random: Random): string {
  return `${random.pick(FIRST)} ${random.pick(LAST)}`;
}

export interface InterviewShape {
  /** Lines of free-text notes. */
  noteLines: number;
  /** Questions written (a third as `ask`/`answer` maps). */
  questions: number;
  /** Follow-up log entries. */
  logEntries: number;
  /** Referrals given. */
  referrals: number;
  /** Research source links. */
  sources: number;
  /** Every section written, whatever the stage (the typical and large benchmark files). */
  full: boolean;
  /** Stages drawn from the whole pipeline (prospect to closed) rather than scheduled, met or followed up. */
  anyStage?: boolean;
  /** Chance of a job-asking question, a misspelt key or an impossible date, so the rules fire. */
  flawChance: number;
}

export const TYPICAL: InterviewShape = { noteLines: 10, questions: 7, logEntries: 3, referrals: 2, sources: 2, full: true, flawChance: 0.15 };
export const LARGE: InterviewShape = { noteLines: 2650, questions: 450, logEntries: 600, referrals: 80, sources: 60, full: true, flawChance: 0.15 };

/**
 * One interview file's text. `known` lists files that exist (for `referred_by` and referral
 * `file` links); `name` is the person.
 */
export function interviewText(random: Random, name: string, shape: InterviewShape, known: readonly Person[] = []): string {
  const stage = shape.full && !shape.anyStage ? random.pick(['scheduled', 'met', 'followed_up']) : stageOf(random);
  const past = stage === 'met' || stage === 'followed_up' || stage === 'closed';
  const company = random.pick(COMPANIES);
  const connection = random.pick(CONNECTIONS);
  const lines: string[] = [];
  const push = (line: string) => lines.push(line);
  push('version: 1');
  push('contact:');
  push(`  name: ${name}`);
  push(`  role: ${random.pick(ROLES)}`);
  push(`  company: ${company}`);
  push(`  linkedin: https://www.linkedin.com/in/${slug(name)}-example`);
  push(`  email: ${slug(name).replace(/-/g, '.')}@example.com`);
  push(`  connection: ${connection}${random.chance(0.5) ? '        # how we know each other' : ''}`);
  if (connection === 'second' || connection === 'third' || connection === 'referral') push(`  via: ${known.length > 0 ? random.pick(known).name : personName(random)}`);
  if (connection === 'referral' && known.length > 0) push(`  referred_by: ${random.pick(known).file}`);
  push(`  supervisor: ${random.chance(0.6)}`);
  push(`stage: ${stage}`);
  push(`tags: [${[random.pick(TAGS), random.pick(TAGS)].filter((tag, index, all) => all.indexOf(tag) === index).join(', ')}]`);
  const flawed = random.chance(shape.flawChance);
  const flaw = flawed ? random.int(0, 2) : -1;
  if (shape.full || stage !== 'prospect') {
    push('outreach: |');
    push(`  Hi ${name.split(' ')[0]} — I'm exploring ${random.pick(TAGS)} and would value 20 minutes`);
    push('  of your perspective on how the field is changing. Any week that suits you works for me,');
    push('  in person or wherever is easiest.');
    push(`requested: ${dateFrom(past ? -random.int(30, 90) : -random.int(1, 20))}`);
  }
  if (shape.full || stage === 'scheduled' || past) {
    const meetingDay = past ? -random.int(5, 25) : random.int(1, 20);
    push('meeting:');
    push(`  date: ${dateFrom(meetingDay)}${random.chance(0.5) ? `T${pad(random.int(8, 17))}:30` : ''}`);
    push(`  format: ${random.pick(FORMATS)}`);
    push(`  place: ${random.pick(PLACES)}`);
    push(`  minutes: ${random.pick([20, 25, 30, 30, 45])}`);
    push('research:');
    push(`  company: ${sentence(random, 8, 14)}`);
    push(`  situation: ${sentence(random, 8, 14)}`);
    push(`  profile: ${sentence(random, 8, 14)}`);
    push('  sources:');
    for (let index = 0; index < shape.sources; index++) push(`    - https://example.com/${slug(company)}-${index}`);
    push('questions:');
    for (let index = 0; index < shape.questions; index++) {
      const question = flaw === 0 && index === 1 ? random.pick(FLAGGED_QUESTIONS) : QUESTIONS[(index + random.int(0, 3)) % QUESTIONS.length];
      if (index === 3) push('  # Save the referral question for the end.');
      if (index % 3 === 2) {
        push(`  - ask: ${question}`);
        if (past) push(`    answer: ${random.pick(ANSWERS)}`);
        push(`    asked: ${past}`);
      } else push(`  - ${question}`);
    }
    push('notes: |');
    for (let index = 0; index < shape.noteLines; index++) push(`  ${sentence(random, 8, 13)}`);
  }
  if (shape.full || past) {
    push('follow_up:');
    push(`  thanked: ${flaw === 2 ? '2026-02-30' : dateFrom(-random.int(1, 4))}`);
    push('  referrals_asked: true');
    if (shape.referrals > 0) {
      push('  referrals:');
      for (let index = 0; index < shape.referrals; index++) {
        const referral = known.length > 0 && random.chance(0.7) ? random.pick(known) : undefined;
        push(`    - name: ${referral?.name ?? personName(random)}`);
        push(`      role: ${random.pick(ROLES)}`);
        push(`      company: ${random.pick(COMPANIES)}`);
        if (referral) push(`      file: ${referral.file}`);
      }
    }
    push(`  ${flaw === 1 ? 'nxet' : 'next'}: ${dateFrom(random.int(-10, 40))}`);
    push('  log:');
    for (let index = 0; index < shape.logEntries; index++) {
      push(`    - date: ${dateFrom(-random.int(0, 60))}`);
      push(`      note: ${sentence(random, 6, 12)}`);
    }
  }
  if (stage === 'closed') push('closed_reason: Moved to another company; stay in touch on LinkedIn.');
  return `${lines.join('\n')}\n`;
}

/** Distinct typical texts (≈70 lines each). */
export function typicalTexts(count: number, seed = 1): string[] {
  const random = new Random(seed);
  const people = Array.from({ length: 40 }, () => personName(random)).map((name) => ({ name, file: `${slug(name)}.interview.yaml` }));
  return Array.from({ length: count }, () => interviewText(random, personName(random), TYPICAL, people));
}

/** Distinct large texts (≈5,000 lines each: long notes, many questions and log entries). */
export function largeTexts(count: number, seed = 2): string[] {
  const random = new Random(seed);
  const people = Array.from({ length: 40 }, () => personName(random)).map((name) => ({ name, file: `${slug(name)}.interview.yaml` }));
  return Array.from({ length: count }, () => interviewText(random, personName(random), LARGE, people));
}

export interface CorpusFile {
  /** `/`-separated path relative to the corpus root. */
  path: string;
  text: string;
}

/**
 * `count` people with a file name each, no two alike (a number added to a repeated name), in the
 * folder `folderOf` names for the index-th of them.
 */
function uniquePeople(random: Random, count: number, folderOf: (index: number) => string): (Person & { path: string })[] {
  const people: (Person & { path: string })[] = [];
  const used = new Set<string>();
  for (let index = 0; index < count; index++) {
    let name = personName(random);
    let file = `${slug(name)}.interview.yaml`;
    for (let suffix = 2; used.has(file); suffix++) {
      name = `${name.replace(/ \d+$/, '')} ${suffix}`;
      file = `${slug(name)}.interview.yaml`;
    }
    used.add(file);
    people.push({ name, file, path: `${folderOf(index)}/${file}` });
  }
  return people;
}

const hundred = (index: number): string => String(Math.floor(index / 100)).padStart(3, '0');

/**
 * A workspace of `count` interview files in folders of 100, linking to each other the way a real
 * pipeline does; stages and sizes vary around the typical file (≈70 lines on average).
 */
export function corpus(count: number, seed = 3): CorpusFile[] {
  const random = new Random(seed);
  const people = uniquePeople(random, count, (index) => `folder-${hundred(index)}`);
  return people.map((person, index) => {
    const folder = person.path.slice(0, person.path.indexOf('/'));
    // Links point at files in the same folder, as a referral's prospect file would be created.
    const neighbours = people.slice(Math.floor(index / 100) * 100, Math.floor(index / 100) * 100 + 100).filter((other) => other.path.startsWith(`${folder}/`));
    const shape: InterviewShape = { ...TYPICAL, anyStage: true, noteLines: random.int(6, 16), questions: random.int(5, 9), logEntries: random.int(1, 5) };
    return { path: person.path, text: interviewText(random, person.name, shape, neighbours.slice(0, 20)) };
  });
}

/**
 * A workspace shaped like a real repository rather than a tidy one, `count` files in folders of
 * about 100: about 30 % of the `referred_by` and referral `file` links point at files that do not
 * exist (a third of those a near miss of a real name: a letter dropped, doubled or swapped, or the
 * wrong extension), some people have a file in two folders (duplicate contacts), referrals often
 * have no file, a tenth of the files are written in YAML the plain reader hands to `yaml` (flow
 * maps, anchors and aliases, tabs inside values, quoted values over several lines, comments between
 * list items), and a few files have very long notes.
 */
export function messyCorpus(count: number, seed = 5): CorpusFile[] {
  const random = new Random(seed);
  const people = uniquePeople(random, count, (index) => `${random.pick(['alumni', 'targets', 'referrals', 'cold'])}-${hundred(index)}`);
  const nearMiss = (file: string): string => {
    const stem = file.replace(/\.interview\.yaml$/, '');
    const at = random.int(1, Math.max(1, stem.length - 2));
    const kind = random.int(0, 3);
    if (kind === 0) return `${stem.slice(0, at)}${stem.slice(at + 1)}.interview.yaml`;
    if (kind === 1) return `${stem.slice(0, at)}${stem[at]}${stem.slice(at)}.interview.yaml`;
    if (kind === 2) return `${stem.slice(0, at - 1)}${stem[at]}${stem[at - 1]}${stem.slice(at + 1)}.interview.yaml`;
    return `${stem}.interview.yml`;
  };
  const linkTo = (person: Person): string => {
    const roll = random.next();
    if (roll < 0.2) return `${slug(personName(random))}-${random.int(1, 999)}.interview.yaml`;
    if (roll < 0.3) return nearMiss(person.file);
    return person.file;
  };
  const files = people.map((person, index) => {
    const base = Math.floor(index / 100) * 100;
    const neighbours = people.slice(base, base + 100).filter((other) => other !== person);
    const known = neighbours.slice(0, 20).map((other) => ({ name: other.name, file: linkTo(other) }));
    const shape: InterviewShape = { ...TYPICAL, anyStage: true, noteLines: random.chance(0.02) ? random.int(300, 800) : random.int(6, 16), questions: random.int(5, 9), logEntries: random.int(1, 5), referrals: random.int(0, 4) };
    let text = interviewText(random, person.name, shape, known);
    if (random.chance(0.14)) text = unplain(random, text);
    return { path: person.path, text };
  });
  // Duplicate contacts: some people have a second file in another folder.
  for (let index = 0; index < count / 50; index++) {
    const original = files[random.int(0, files.length - 1)];
    const folder = `duplicates-${String(index % 10).padStart(2, '0')}`;
    files.push({ path: `${folder}/${original.path.slice(original.path.indexOf('/') + 1)}`, text: original.text });
  }
  return files;
}

/** The same interview in YAML the plain reader gives up on, each way real files do. */
function unplain(random: Random, text: string): string {
  switch (random.int(0, 4)) {
    case 0:
      // A flow map for the contact.
      return text.replace(/^contact:\n {2}name: (.*)\n {2}role: (.*)\n {2}company: (.*)\n/m, (_, name: string, role: string, company: string) => `contact: {name: ${name}, role: ${role}, company: ${company}}\ncontact_extra:\n`).replace(/^contact_extra:\n((?: {2}.*\n)*)/m, '');
    case 1:
      // An anchor and an alias.
      return text.replace(/^ {2}company: (.*)$/m, '  company: &company $1').replace(/^( {6}company: ).*$/m, '$1*company');
    case 2:
      // A tab inside a value.
      return text.replace(/^( {2}place: )(.*)$/m, '$1$2\tupstairs');
    case 3:
      // A quoted value over several lines.
      return text.replace(/^( {2}situation: )(.*)$/m, (_, key: string, value: string) => `${key}"${value.slice(0, 20)}\n    ${value.slice(20).replace(/"/g, '')}"`);
    default:
      // Comments between list items.
      return text.replace(/^( {2}- .*)$/gm, '$1\n  # asked near the end');
  }
}
