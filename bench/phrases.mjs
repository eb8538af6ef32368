// Micro-benchmark of the phrase detectors (findJobAsks, findSelfFocus and
// findTimeAsks on the same text, as the rules call them).
//
//   npx tsx bench/phrases.mjs [phrases.ts …]
//
// Times are CPU time (user + system) of the measuring process. With several
// copies of phrases.ts (say, the current one and an older one from `git
// show`), each copy is measured in a process of its own, so that one copy's
// garbage is never collected on another's time, and the copies take turns for
// ROUNDS rounds (default 3) so that a busy machine slows them alike. The table
// shows, per case, the median over the rounds of each copy's median sample,
// the fastest sample in any round, and the ratio of the copies' medians
// (median over the rounds of the per-round ratio).
//
// Cases: typical questions, typical outreach messages, every line of the
// labelled corpus, and long texts with no sentence breaks. Each pass goes
// through more distinct texts than the detectors keep analyses of, so every
// text is analysed afresh once per pass (by findJobAsks) and shared by the two
// detectors after it, as in a lint run (see widen). Not a test: timings depend on the
// machine. JSON=1 prints a JSON report too; SKIP=word,word leaves out the
// cases whose name contains a word; SAMPLE_MS sets the CPU time per sample.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const script = fileURLToPath(import.meta.url);
const args = process.argv.slice(2);
const child = args[0] === '--child';
const modulePaths = (child ? args.slice(1) : args.length > 0 ? args : [path.join(root, 'src/core/phrases.ts')]).map((file) => path.resolve(file));

const all = ({ findJobAsks, findSelfFocus, findTimeAsks }, text) => findJobAsks(text).length + findSelfFocus(text).length + findTimeAsks(text, 30).length;

// Questions as people write them in their notes: the recommended ones and the
// usual informational questions, a few with trap words (job, role, hiring).
const QUESTIONS = [
  'What is your typical workday like?',
  'How and why did you get started in the business?',
  'What do you like most/least about the job?',
  'What are the biggest challenges facing the business right now?',
  'Is there a colleague or someone else in the profession you think I should talk to?',
  'What does a typical week look like for someone in your position?',
  'How did you end up in this role after studying biology?',
  'What surprised you most when you first joined the company?',
  'How has remote work changed the way your team collaborates?',
  'What skills do you use most often in your day-to-day work?',
  'What do you wish you had known before accepting your first job in publishing?',
  'Which professional associations or journals would you recommend?',
  'What trends are shaping hiring in healthcare administration right now?',
  'How do new hires usually get up to speed on your team?',
  'What kinds of roles exist in this industry beyond the obvious ones?',
  'If you were starting over, what would you do differently?',
  'What attracted you to this field?',
  'What part of your work do you find most satisfying?',
  'What kinds of problems do you deal with day to day?',
  'How does a person progress in your field?',
  'What is a typical career path in this industry?',
  'What are the advancement opportunities in your organisation?',
  'How did you get your job?',
  'What special advice would you give someone entering this field?',
  'What professional journals and organisations should I be aware of?',
  'What do you enjoy most about your role?',
  'What is the most frustrating part of your job?',
  'How much of your day is spent in meetings versus focused work?',
  'What does success look like in your position?',
  'How do you measure whether a project went well?',
  'What is the culture like on your team?',
  'How has the industry changed since you started?',
  'Where do you see the field going in the next five years?',
  'What do you wish more people understood about your work?',
  'How do you keep your skills current?',
  'What was the biggest surprise when you moved into management?',
  'What kind of person thrives in your company?',
  'What are the main responsibilities of your role?',
  'How much travel does your work involve?',
  'Which parts of your job are changing because of automation?',
  'How did your previous positions prepare you for this one?',
  'What are the biggest challenges your department faces this year?',
  'How does your organisation make decisions about new projects?',
  'What do you find hardest about leading a remote team?',
  'If you could change one thing about your industry, what would it be?',
  'Could you recommend any books or podcasts about the field?',
  'Who else do you think I should speak with to learn more?',
  'What conferences are worth attending for someone new to the field?',
  'What certifications are valued in your industry?',
  'Is a graduate degree necessary to advance in this career?',
  'What do you consider the most important trends in the industry right now?',
  'How many people are on your team, and how is the work divided?',
  'What is the best part of your week?',
  'How do you handle the stress that comes with the work?',
  'What kind of hours do people in your position keep?',
  'What would you do differently if you were starting your career again?',
  'How do you balance long-term projects with urgent requests?',
  'What are the most common misconceptions about your profession?',
  'What tools and software do you rely on most?',
  'How does your team work with other departments?',
  'What was your first project here like?',
  'What motivates you to stay in this field?',
  'What is the hardest decision you have made in your career?',
  'How did you choose between the offers you had early on?',
  'What would you tell your younger self about this work?',
  'What kind of mentoring did you have along the way?',
  'How do you see your own role evolving?',
  'What makes a good day at work for you?',
  'What do clients usually misunderstand about what you do?',
  'What are the ethical questions people in your field wrestle with?',
  'How does the business make money, and how is that changing?',
  'What skills would you build first if you were new to the field?',
  'How do people in this field usually find mentors?',
  'What is something you learned the hard way?',
  'How did the last reorganisation change your work?',
  'What does your organisation do better than its competitors?',
  'Which of your projects are you proudest of?',
  'How do you decide what to work on each morning?',
  'What are you reading at the moment that relates to your work?',
  'What question do you wish people asked you more often?',
];

// Outreach messages: a few templates, each addressed to many people, so that
// every message is a distinct text.
const OUTREACH_TEMPLATES = [
  "Hi {name} — Sam Patel suggested I reach out. I'm exploring warehouse robotics and would value 20 minutes of your perspective on how the field is changing.",
  "Dear {name}, I'm a junior at Northfield University studying economics. Professor Alvarez mentioned you've built a career in municipal finance, and I would be grateful for 20 minutes to hear how you got started. I'm not looking for a job, just your perspective.",
  "Hi {name}, we met briefly at the Bay Area UX meetup last month. I'm considering a move from graphic design into UX research and would love to hear about your path. Would you have time for a short coffee in the next few weeks?",
  "Hi {name}, I'm a career changer from teaching who is curious about learning design. Your post about building onboarding programs at Finch really resonated. I'd love to hear how you moved into the role — would a 20-minute coffee next week work? Either way, thank you for reading.",
  "Hello {name}, I'm a member of the alumni association and noticed you lead the policy team at the Water Trust. I'm not seeking a position; I'm trying to learn what the day-to-day work in advocacy looks like. Would you be willing to meet for coffee for about 20 minutes?",
  "Hi {name}, I read your article on supply chain resilience and found it fascinating. I'm researching careers in logistics and would be grateful for a short conversation about your experience, at whatever time suits you.",
];
const NAMES = ['Dana', 'Ms. Chen', 'Raj', 'Morgan', 'Ms. Adeyemi', 'Tom', 'Aisha', 'Dr. Ibarra', 'Grace', 'Jess', 'Mr. Okafor', 'Priya', 'Lee', 'Sam'];
const OUTREACH = NAMES.flatMap((name) => OUTREACH_TEMPLATES.map((template) => template.replace('{name}', name)));

function corpusLines() {
  const dir = path.join(root, 'test/fixtures/phrases');
  const lines = [];
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.txt')).sort()) {
    for (const raw of readFileSync(path.join(dir, file), 'utf8').split(/\r?\n/)) {
      const line = raw.trim();
      if (!line || line.startsWith('#') || !line.includes('|')) continue;
      lines.push(line.slice(line.indexOf('|') + 1).trim());
    }
  }
  return lines;
}
const CORPUS = corpusLines();

/** `length` characters of the corpus with every sentence break removed: trigger words everywhere. */
function noBreaks(length) {
  const parts = [];
  let size = 0;
  for (let index = 0; size < length; index++) {
    const part = CORPUS[index % CORPUS.length].replace(/[.!?;:,()"\n—–-]+/g, ' ');
    parts.push(part);
    size += part.length + 1;
  }
  return parts.join(' ').slice(0, length);
}
/** `length` characters of plain words with no punctuation and no trigger words. */
function plainWords(length) {
  const words = 'the quick brown fox jumps over a lazy dog while seven tired hikers walk along the river under grey autumn skies'.split(' ');
  const parts = [];
  let size = 0;
  for (let index = 0; size < length; index++) {
    const word = words[(index * 7 + (index >> 3)) % words.length];
    parts.push(word);
    size += word.length + 1;
  }
  return parts.join(' ').slice(0, length);
}

const percentile = (sorted, fraction) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))];
const median = (values) => percentile([...values].sort((a, b) => a - b), 0.5);

/** CPU time (user + system) in µs. */
function cpuMicros() {
  const { user, system } = process.cpuUsage();
  return user + system;
}

/**
 * µs of CPU per text: after a warm-up, `samples` samples, each going through
 * the texts until it has used SAMPLE_MS of CPU. Counting CPU rather than wall
 * time keeps samples long enough to measure when other processes hold the CPU.
 */
const SAMPLE_MS = Number(process.env.SAMPLE_MS ?? 100);
/**
 * More distinct texts than the detectors keep analyses of (thousands): each text again with one,
 * two, … trailing spaces (which the detectors read past), so that every pass reads every text
 * afresh, as a lint of a new version of a file does.
 */
const DISTINCT = 10_000;
function widen(texts) {
  if (texts.some((text) => text.length > 20_000)) return texts;
  const wide = [];
  for (let spaces = 0; wide.length < DISTINCT; spaces++) for (const text of texts) wide.push(text + ' '.repeat(spaces));
  return wide;
}
function measure(module, given, samples) {
  const texts = widen(given);
  // The first passes run before the code is optimised.
  for (let warm = cpuMicros(); cpuMicros() - warm < 3000 * SAMPLE_MS; ) for (const text of texts) all(module, text);
  const list = [];
  for (let sample = 0; sample < samples; sample++) {
    const before = cpuMicros();
    let passes = 0;
    let used = 0;
    do {
      for (const text of texts) all(module, text);
      passes++;
      used = cpuMicros() - before;
    } while (used < 1000 * SAMPLE_MS);
    list.push(used / (passes * texts.length));
  }
  list.sort((a, b) => a - b);
  return { min: list[0], median: percentile(list, 0.5), p95: percentile(list, 0.95) };
}

// Each case builds its texts when it runs.
const cases = [
  ['typical question', () => QUESTIONS, 9],
  ['typical outreach', () => OUTREACH, 9],
  [`corpus line (${CORPUS.length})`, () => CORPUS, 5],
  ['48,000 chars, no breaks', () => [noBreaks(48_000)], 5],
  ['1 MB plain words, no punctuation', () => [plainWords(1_000_000)], 5],
  ['1 MB corpus words, no punctuation', () => [noBreaks(1_000_000)], 5],
];
const skip = (process.env.SKIP ?? '').split(',').filter(Boolean);
const chosen = cases.filter(([name]) => !skip.some((word) => name.includes(word)));

if (child) {
  const module = await import(pathToFileURL(modulePaths[0]).href);
  const results = {};
  for (const [name, texts, samples] of chosen) results[name] = measure(module, texts(), samples);
  process.stdout.write(JSON.stringify(results));
} else {
  const rounds = Number(process.env.ROUNDS ?? 3);
  const runs = modulePaths.map(() => []);
  for (let round = 0; round < rounds; round++) {
    modulePaths.forEach((file, index) => {
      const result = spawnSync(process.execPath, [...process.execArgv, '--single-threaded', script, '--child', file], { encoding: 'utf8', env: process.env, maxBuffer: 1 << 24 });
      if (result.status !== 0) throw new Error(`measuring ${file} failed:\n${result.stderr}`);
      runs[index].push(JSON.parse(result.stdout));
    });
  }
  const format = (micros) => (micros >= 1000 ? `${(micros / 1000).toFixed(2)} ms` : `${micros.toFixed(1)} µs`);
  console.log(`phrase detectors, all three per text, CPU µs: median (fastest sample), ${rounds} round(s)`);
  modulePaths.forEach((file, index) => console.log(`  [${index + 1}] ${path.relative(root, file)}`));
  const report = {};
  for (const [name] of chosen) {
    const perModule = runs.map((list) => ({ median: median(list.map((run) => run[name].median)), min: Math.min(...list.map((run) => run[name].min)) }));
    const ratio = runs.length > 1 ? median(runs[0].map((run, round) => runs[runs.length - 1][round][name].median / run[name].median)) : undefined;
    report[name] = { modules: perModule, ratio };
    const cells = perModule.map(({ median: middle, min }) => `${format(middle).padStart(10)} (${format(min)})`.padEnd(24));
    console.log(`  ${name.padEnd(36)}${cells.join('')}${ratio === undefined ? '' : `  [${runs.length}]/[1] ${ratio.toFixed(1)}×`}`);
  }
  if (process.env.JSON) console.log(JSON.stringify(report));
}
