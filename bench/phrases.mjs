// Micro-benchmark of the phrase detectors (findJobAsks, findSelfFocus and
// findTimeAsks on the same text, as the rules call them).
//
//   npx tsx bench/phrases.mjs [phrases.ts …]
//
// With several copies of phrases.ts (say, the current one and an older one
// from `git show`), the samples are interleaved so that a busy machine slows
// them alike, and timed in CPU time, which does not count the time other
// processes hold the CPU. Prints the median (and the fastest and p95 samples)
// in µs per text for typical questions, typical
// outreach messages, every line of the labelled corpus, and long texts with no
// sentence breaks. Each pass goes through more distinct texts than the
// detectors keep analyses of, so every text is analysed afresh once per pass
// (findJobAsks) and shared by the two detectors after it, as in a lint run.
// Not a test: timings depend on the machine. JSON=1 prints a JSON report too;
// SKIP=word,word leaves out the cases whose name contains a word.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const modulePaths = (process.argv.length > 2 ? process.argv.slice(2) : [path.join(root, 'src/core/phrases.ts')]).map((file) => path.resolve(file));
const modules = [];
for (const file of modulePaths) modules.push(await import(pathToFileURL(file).href));

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

/** CPU time (user + system) in µs: unlike wall time, it does not count the time other processes have the CPU. */
function cpuMicros() {
  const { user, system } = process.cpuUsage();
  return user + system;
}

/**
 * µs of CPU per text, over `samples` samples for each module in turn (after
 * a warm-up), each sample going through the texts as many times as fill
 * about SAMPLE_MS.
 */
const SAMPLE_MS = 60;
function measure(texts, samples) {
  const repeats = modules.map((module) => {
    const started = performance.now();
    let passes = 0;
    do {
      for (const text of texts) all(module, text);
      passes++;
    } while (performance.now() - started < SAMPLE_MS / 2);
    return Math.max(1, Math.round((passes * SAMPLE_MS) / (performance.now() - started)));
  });
  const results = modules.map(() => []);
  for (let sample = 0; sample < samples; sample++) {
    modules.forEach((module, index) => {
      const started = cpuMicros();
      for (let pass = 0; pass < repeats[index]; pass++) for (const text of texts) all(module, text);
      results[index].push((cpuMicros() - started) / (repeats[index] * texts.length));
    });
  }
  return results.map((list) => {
    list.sort((a, b) => a - b);
    return { min: list[0], median: percentile(list, 0.5), p95: percentile(list, 0.95) };
  });
}

const cases = [
  ['typical question', QUESTIONS, 15],
  ['typical outreach', OUTREACH, 15],
  [`corpus line (${CORPUS.length})`, CORPUS, 9],
  ['48,000 chars, no breaks', [noBreaks(48_000)], 9],
  ['1 MB plain words, no punctuation', [plainWords(1_000_000)], 5],
  ['1 MB corpus words, no punctuation', [noBreaks(1_000_000)], 5],
];

const format = (micros) => (micros >= 1000 ? `${(micros / 1000).toFixed(2)} ms` : `${micros.toFixed(1)} µs`);
const skip = (process.env.SKIP ?? '').split(',').filter(Boolean);
console.log('phrase detectors, all three per text, CPU time: median (min–p95) of the samples');
modulePaths.forEach((file, index) => console.log(`  [${index + 1}] ${path.relative(root, file)}`));
const report = {};
for (const [name, texts, samples] of cases) {
  if (skip.some((word) => name.includes(word))) continue;
  const results = measure(texts, samples);
  report[name] = results.map(({ min, median, p95 }) => ({ minMicros: Number(min.toFixed(2)), medianMicros: Number(median.toFixed(2)), p95Micros: Number(p95.toFixed(2)) }));
  const cells = results.map(({ min, median, p95 }) => `${format(median).padStart(10)} (${format(min)}–${format(p95)})`.padEnd(34));
  const ratio = results.length > 1 ? `  [${results.length}]/[1] ${(results[results.length - 1].median / results[0].median).toFixed(1)}×` : '';
  console.log(`  ${name.padEnd(36)}${cells.join('')}${ratio}`);
}
if (process.env.JSON) console.log(JSON.stringify(report));
