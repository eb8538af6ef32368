// UI check: opens examples/ in VS Code 1.100.3 (code-server) with the extension loaded, the way a
// person would see it, and saves screenshots and an animation for the README:
//
//   docs/images/diagnostics.png  an interview file with its diagnostics, the hover and the Problems panel
//   docs/images/pipeline.png     the pipeline view beside that file
//   docs/images/targets.png      the Targets view (first employer unfolded) beside the network file
//   docs/images/pipeline.gif     the pipeline view in use (1000×600, about 45 s, looping): opened from
//                                the activity bar, a stage unfolded, an interview dragged to another
//                                stage, a thank-you recorded (its date typed) and a stage advanced from
//                                the view (its questions answered), each change's message shown, grouped
//                                by company, filtered by a tag; the badge and status bar count what is due
//
//   node test/vscode/ui.mjs [--no-build] [--no-gif] [--folder <dir>] [--extension <dir>] [--out <dir>] [--rule <id>] [--headed]
//
// The diagnostics shot opens the first problem of rule --rule (default no-job-ask), or else the
// first problem listed. The animation runs on a temporary copy of the folder, because its commands
// save the files they change; frames are screenshots with the pointer drawn in (recording.mjs).
// Fails (non-zero exit) if no diagnostics appear, the pipeline view shows no items, or a step of
// the animation does not show its result.
import fs from 'node:fs';
import path from 'node:path';
import {
  HarnessError,
  checkPrerequisites,
  delay,
  isPrepared,
  launchBrowser,
  log,
  npmRun,
  prepare,
  repoRoot,
  runMain,
  startServer,
  tempDir,
  waitForWorkbench,
  workbenchUrl,
} from './code-server.mjs';
import { Recording } from './recording.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? path.resolve(args[at + 1]) : fallback;
};
const folder = option('--folder', path.join(repoRoot, 'examples'));
const extensionDir = option('--extension', repoRoot);
const outDir = option('--out', path.join(repoRoot, 'docs', 'images'));
const PIPELINE_VIEW_ID = 'interviews.pipeline';
const TARGETS_VIEW_ID = 'interviews.targets';
const ruleAt = args.indexOf('--rule');
const rule = ruleAt >= 0 ? args[ruleAt + 1] : 'no-job-ask';

runMain(async () => {
  checkPrerequisites({ forPrepare: !isPrepared(), forBrowser: true });
  if (!args.includes('--no-build')) npmRun('build');
  await prepare();
  const pipelineName = viewName(extensionDir, PIPELINE_VIEW_ID);

  const server = await startServer({
    folder,
    // No hover pops up over the view while the pointer rests on it in the animation.
    settings: { 'editor.minimap.enabled': false, 'workbench.hover.delay': 60_000 },
  });
  const browser = await launchBrowser({ headless: !args.includes('--headed') });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(workbenchUrl({ port: server.port, folder, extensionDevelopmentPath: extensionDir }));
  await waitForWorkbench(page);
  log(`workbench up on ${server.url}, folder ${path.relative(repoRoot, folder) || '.'}`);
  fs.mkdirSync(outDir, { recursive: true });

  // Diagnostics: the Problems panel lists what the extension found; open the first problem. If
  // the extension lints only open files, open the interview files one by one until one has some.
  await runCommand(page, 'View: Focus Problems (Errors, Warnings, Infos)');
  // Show the habit the extension is about: a job ask, when the examples have one.
  await page.locator('.markers-panel-action-filter input, .viewpane-filter input').first().fill(rule).catch(() => {});
  const problem = page.locator('.markers-panel .monaco-list-row[aria-level="2"]').first();
  if (!(await appears(problem, 15_000))) {
    await page.locator('.markers-panel-action-filter input, .viewpane-filter input').first().fill('').catch(() => {});
  }
  let found = await appears(problem, 30_000);
  for (const file of found ? [] : interviewFiles(folder)) {
    await quickOpen(page, file);
    if ((found = await appears(problem, 5_000))) break;
  }
  if (!found) {
    await page.screenshot({ path: path.join(outDir, 'ui-failure.png') });
    throw new HarnessError(`no diagnostics appeared in the Problems panel (see ${path.join(outDir, 'ui-failure.png')})`);
  }
  await problem.click();
  await page.keyboard.press('Enter');
  await page.locator('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error, .monaco-editor .squiggly-info').first().waitFor({ timeout: 20_000 });
  // Show the diagnostic's hover at the cursor, which opening the problem put on it (collapsing the
  // selection first so the squiggle stays visible).
  await page.keyboard.press('ArrowLeft');
  await runCommand(page, 'Show or Focus Hover');
  const hover = page.locator('.monaco-hover .hover-row, .monaco-hover .marker').first();
  if (await appears(hover, 10_000)) {
    // Let the hover finish asking for quick fixes, so it shows what it will offer.
    await page
      .locator('.monaco-hover', { hasText: 'Checking for quick fixes' })
      .waitFor({ state: 'detached', timeout: 10_000 })
      .catch(() => {});
  } else {
    log('the hover did not show; the screenshot has the squiggle only');
  }
  const diagnosticsShot = path.join(outDir, 'diagnostics.png');
  await page.screenshot({ path: diagnosticsShot, animations: 'disabled' });
  log(`saved ${path.relative(repoRoot, diagnosticsShot)}`);

  // The pipeline view, revealed through its generated focus command.
  await page.keyboard.press('Escape');
  await runCommand(page, 'View: Hide Panel');
  await runCommand(page, `View: Focus on ${pipelineName} View`);
  const rows = page.locator('.part.sidebar .monaco-list-row');
  try {
    await rows.first().waitFor({ timeout: 30_000 });
  } catch {
    await page.screenshot({ path: path.join(outDir, 'ui-failure.png') });
    throw new HarnessError(`the ${pipelineName} view showed no items within 30 s (see ${path.join(outDir, 'ui-failure.png')})`);
  }
  // Widen the side bar so the items' descriptions show.
  await widenSideBar(page, 160);
  // Focus back on the editor, so the view is shown as it looks while one works in a file.
  await runCommand(page, 'View: Focus Active Editor Group');
  const pipelineShot = path.join(outDir, 'pipeline.png');
  await page.screenshot({ path: pipelineShot, animations: 'disabled' });
  log(`saved ${path.relative(repoRoot, pipelineShot)} (${await rows.count()} rows in the ${pipelineName} view)`);

  // The first habit: the network file beside the Targets view, its first employer unfolded.
  if (fs.existsSync(path.join(folder, 'targets.yaml'))) {
    const targetsName = viewName(extensionDir, TARGETS_VIEW_ID);
    await quickOpen(page, fs.existsSync(path.join(folder, 'network.yaml')) ? 'network.yaml' : 'targets.yaml');
    await runCommand(page, `View: Focus on ${targetsName} View`);
    const targetRows = page.locator(`.part.sidebar .pane:has(.pane-header[aria-label^="${targetsName}"]) .monaco-list-row`);
    if (!(await appears(targetRows.first(), 30_000))) {
      await page.screenshot({ path: path.join(outDir, 'ui-failure.png') });
      throw new HarnessError(`the ${targetsName} view showed no employers within 30 s (see ${path.join(outDir, 'ui-failure.png')})`);
    }
    await targetRows.first().click();
    await page.keyboard.press('ArrowRight');
    await appears(page.locator('.part.sidebar .monaco-list-row[aria-level="2"]').first(), 10_000);
    await runCommand(page, 'View: Focus Active Editor Group');
    const targetsShot = path.join(outDir, 'targets.png');
    await page.screenshot({ path: targetsShot, animations: 'disabled' });
    log(`saved ${path.relative(repoRoot, targetsShot)} (${await targetRows.count()} rows in the ${targetsName} view)`);
  }
  await context.close();

  if (!args.includes('--no-gif')) {
    const gif = path.join(outDir, 'pipeline.gif');
    const saved = await recordPipelineTour({ browser, port: server.port, folder, extensionDir, gif });
    log(
      `saved ${path.relative(repoRoot, gif)} (${saved.width}×${saved.height}, ${saved.frames} frames, ` +
        `${(saved.durationMs / 1000).toFixed(1)} s, ${(saved.bytes / 1024).toFixed(0)} KB)`,
    );
  }
  fs.rmSync(path.join(outDir, 'ui-failure.png'), { force: true });
  return 0;
});

/** The window of the animation: small enough for a README, large enough for the tree and a file. */
const TOUR_VIEWPORT = { width: 1000, height: 600 };
/** The side bar's width in the animation, so that the items' descriptions show. */
const TOUR_SIDEBAR_WIDTH = 460;
/** The tag the animation filters by, when the workspace has it (else the first tag offered). */
const TOUR_TAG = 'robotics';

/**
 * Records docs/images/pipeline.gif on a temporary copy of the folder (the commands save the files
 * they change): opens the pipeline view from the activity bar, unfolds "Closed", opens the
 * interview at "Requested" from Due and drags it onto "Scheduled" (typing the meeting date), marks
 * the thank-you of the one at "Met" from its context menu (typing the day after its meeting) and
 * advances it with its inline button (answering whether referrals were asked and the next check-in),
 * showing the message each change brings, groups by company, filters by a tag, and goes back to the
 * stages. Each step waits for the view
 * (and the status bar's due count) to show its result, and fails if it does not.
 */
async function recordPipelineTour({ browser, port, folder, extensionDir, gif }) {
  const copy = path.join(tempDir('vscode-ui-tour-'), path.basename(folder));
  fs.cpSync(folder, copy, { recursive: true });
  const context = await browser.newContext({ viewport: TOUR_VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  try {
    await page.goto(workbenchUrl({ port, folder: copy, extensionDevelopmentPath: extensionDir }));
    await waitForWorkbench(page);
    // The extension is active and its index read once the status bar counts what is due.
    await page.locator('.part.statusbar .statusbar-item', { hasText: /\d+ due/ }).first().waitFor({ timeout: 60_000 });
    const sideBar = await page.locator('.part.sidebar').boundingBox();
    await widenSideBar(page, TOUR_SIDEBAR_WIDTH - (sideBar?.width ?? TOUR_SIDEBAR_WIDTH));
    const start = { x: Math.round(TOUR_VIEWPORT.width * 0.72), y: Math.round(TOUR_VIEWPORT.height * 0.55) };
    await page.mouse.move(start.x, start.y);
    const recording = new Recording(page, { pointer: start });
    await recording.capture(800);

    // The view opens from its activity bar icon, whose badge counts what is due.
    const icon = await centre(page.locator('.part.activitybar .action-label[aria-label^="Interviews"]').first());
    await recording.click(icon, {
      ms: 700,
      until: () => waitForRows(page, (rows) => rows.some((row) => row.level === 1 && row.name === 'Due') && rows.length > 3, 'the stage groups'),
      hold: 1800,
    });

    // The closed threads are folded away; unfold them.
    const closed = (await pipelineRows(page)).find((row) => row.level === 1 && row.name === 'Closed');
    if (closed) {
      await recording.click(closed.at, {
        until: () => waitForRows(page, (rows) => rows.some((row) => row.group === 'Closed'), 'the closed interviews'),
        hold: 1200,
      });
    }

    // An interview waiting for a reply: open it, then drag it to "Scheduled" and give the date.
    const dueBefore = await dueCount(page);
    const requested = (await pipelineRows(page)).find((row) => row.group === 'Requested');
    if (!requested) throw new HarnessError('the tour needs an interview at stage "requested" in the folder');
    const name = requested.name;
    // It is due too (no reply yet): take it from the top of the view, where Due lists it by name.
    const dragged = (await pipelineRows(page)).find((row) => row.group === 'Due' && row.name === person(name)) ?? requested;
    await recording.click(dragged.at, {
      until: () => page.locator('.editor-group-container .tab.active', { hasText: '.interview.yaml' }).waitFor({ timeout: 15_000 }),
      hold: 1000,
    });
    const scheduled = (await pipelineRows(page)).find((row) => row.level === 1 && row.name === 'Scheduled');
    if (!scheduled) throw new HarnessError('the pipeline view shows no "Scheduled" group');
    await showDragImage(page, name);
    await recording.drag(dragged.at, { x: scheduled.at.x + 10, y: scheduled.at.y }, {
      during: (point) => moveDragImage(page, point),
      until: () => page.locator('.part.sidebar .monaco-list-row.drop-target', { hasText: 'Scheduled' }).first().waitFor({ timeout: 5_000 }),
    });
    await hideDragImage(page);
    const dateBox = page.locator('.quick-input-widget input');
    await dateBox.waitFor({ timeout: 15_000 });
    await recording.capture(700);
    await recording.type(meetingDate(7), { perCharacter: 70 });
    // The date is checked as it is typed; wait for the check of the whole date.
    await page.locator('.quick-input-widget .monaco-inputbox.error').waitFor({ state: 'detached', timeout: 10_000 });
    await recording.capture(500);
    await page.keyboard.press('Enter');
    await waitForRows(page, (rows) => rows.some((row) => row.group === 'Scheduled' && row.name === name), `${name} under "Scheduled"`);
    if (dragged !== requested) await waitForDueCount(page, (count) => count < dueBefore);
    // The message saying what changed, with Undo (the file is open, so its editor's Undo serves).
    await toast(page, 'Set the stage to scheduled');
    await recording.capture(2200);
    await dismissToasts(page);

    // The interview at "Met": record the thank-you from its context menu, then advance it.
    const dueAfterDrop = await dueCount(page);
    const rowsAfterDrop = await pipelineRows(page);
    const met = rowsAfterDrop.find((row) => row.group === 'Met');
    if (!met) throw new HarnessError('the tour needs an interview at stage "met" in the folder');
    const metWasDue = rowsAfterDrop.some((row) => row.group === 'Due' && row.name === person(met.name));
    const markThanked = page.locator('.context-view .action-item', { hasText: 'Mark Thank-You Sent' }).first();
    await recording.click(met.at, { button: 'right', until: () => markThanked.waitFor({ timeout: 10_000 }), hold: 500 });
    // It asks when the thank-you went out (today by default): the day after the meeting.
    await recording.click(await centre(markThanked), { ms: 400, until: () => page.locator('.quick-input-widget input').waitFor({ timeout: 10_000 }), hold: 900 });
    await recording.type(thankYouDate(folder, met.name), { perCharacter: 70 });
    await page.locator('.quick-input-widget .monaco-inputbox.error').waitFor({ state: 'detached', timeout: 10_000 });
    await recording.capture(500);
    await page.keyboard.press('Enter');
    await waitForRows(page, (rows) => rows.some((row) => row.group === 'Met' && row.name === met.name && row.description !== met.description), `the thank-you of ${met.name}`);
    if (metWasDue) await waitForDueCount(page, (count) => count < dueAfterDrop);
    // The file is not open: the message says what changed and offers Undo.
    await toast(page, 'Mark the thank-you as sent');
    await recording.capture(2600);
    await dismissToasts(page);
    const metNow = (await pipelineRows(page)).find((row) => row.group === 'Met' && row.name === met.name);
    if (!metNow) throw new HarnessError(`${met.name} left "Met" when its thank-you was recorded`);
    await recording.moveTo({ x: metNow.at.x + 40, y: metNow.at.y }, { ms: 300 });
    const advance = page.locator(`.part.sidebar .monaco-list-row[data-index="${metNow.index}"] .action-label[aria-label^="Advance Stage"]`);
    await advance.waitFor({ timeout: 10_000 });
    await recording.capture(300);
    // Following up asks what it needs: whether they were asked who else to talk to, and when to check in next.
    await recording.click(await centre(advance), { until: () => page.locator('.quick-input-widget .monaco-list-row').first().waitFor({ timeout: 10_000 }), hold: 1600 });
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget input').waitFor({ timeout: 10_000 });
    await recording.capture(1600);
    await page.keyboard.press('Enter');
    await waitForRows(page, (rows) => rows.some((row) => row.group === 'Followed up' && row.name === met.name), `${met.name} under "Followed up"`);
    await toast(page, 'Advance to followed_up');
    await recording.capture(2600);
    await dismissToasts(page);

    // Group by company, then show one tag only.
    await pickFromTitleAction(recording, page, 'Group Pipeline By', 'Company');
    await waitForRows(page, (rows) => !rows.some((row) => row.name === 'Prospect'), 'the company groups');
    await recording.capture(2000);
    const rowsBefore = (await pipelineRows(page)).length;
    await recording.click(await centre(titleAction(page, 'Filter Pipeline by Tag')), {
      until: () => page.locator('.quick-input-widget .monaco-list-row').first().waitFor({ timeout: 10_000 }),
      hold: 600,
    });
    const tagRows = page.locator('.quick-input-widget .monaco-list-row .label-name');
    const tags = (await tagRows.allTextContents()).map((text) => text.trim());
    const tag = tags.includes(TOUR_TAG) ? TOUR_TAG : tags.find((text) => !/All interviews/.test(text));
    if (!tag) throw new HarnessError('the tag filter offers no tags');
    await recording.type(tag, { perCharacter: 70 });
    recording.hold(400);
    await page.keyboard.press('Enter');
    await titleAction(page, 'Clear Tag Filter').waitFor({ timeout: 10_000 });
    await waitForRows(page, (rows) => rows.length < rowsBefore, `the interviews tagged ${tag}`);
    // The filter is said above the tree, where a narrow side bar cannot cut it off.
    await page.locator('.part.sidebar .message', { hasText: tag }).first().waitFor({ timeout: 10_000 }).catch(() => {
      throw new HarnessError(`the view does not say it shows only the interviews tagged ${tag}`);
    });
    await recording.capture(2200);

    // Back to all interviews by stage.
    await recording.click(await centre(titleAction(page, 'Clear Tag Filter')), {
      until: () => waitForRows(page, (rows) => rows.length === rowsBefore, 'all interviews'),
      hold: 700,
    });
    await pickFromTitleAction(recording, page, 'Group Pipeline By', 'Stage');
    await waitForRows(page, (rows) => rows.some((row) => row.level === 1 && row.name === 'Prospect'), 'the stage groups');
    await recording.moveTo({ x: Math.round(TOUR_SIDEBAR_WIDTH / 2), y: TOUR_VIEWPORT.height - 90 }, { ms: 600 });
    await recording.capture(0);
    return recording.save(gif, { lastHold: 3500 });
  } catch (error) {
    const failure = path.join(path.dirname(gif), 'ui-failure.png');
    await page.screenshot({ path: failure }).catch(() => {});
    const message = error instanceof HarnessError ? error.message : (error?.message ?? String(error));
    throw new HarnessError(`recording ${path.basename(gif)} failed: ${message} (see ${failure})`);
  } finally {
    await context.close();
  }
}

/**
 * The pipeline view's visible rows in order: groups (level 1) and interviews (level 2, with the
 * name of their group), each with its label's text, its description and a point on its label.
 */
async function pipelineRows(page) {
  const rows = await page.locator('.part.sidebar .monaco-list-row').evaluateAll((elements) =>
    elements
      .filter((row) => row.getClientRects().length > 0)
      .map((row) => {
        const label = row.querySelector('.label-name');
        const box = (label ?? row).getBoundingClientRect();
        return {
          index: Number(row.getAttribute('data-index')),
          level: Number(row.getAttribute('aria-level')),
          name: label?.textContent?.trim() ?? '',
          description: row.querySelector('.label-description')?.textContent?.trim() ?? '',
          at: { x: Math.round(box.x + Math.min(box.width / 2, 70)), y: Math.round(box.y + box.height / 2) },
        };
      }),
  );
  rows.sort((a, b) => a.index - b.index);
  let group;
  for (const row of rows) {
    if (row.level === 1) group = row.name;
    else row.group = group;
  }
  return rows;
}

/** Waits until `accept(rows)` holds for the pipeline view's rows; `what` names it in the error. */
async function waitForRows(page, accept, what, timeout = 20_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (accept(await pipelineRows(page))) return;
    if (Date.now() > deadline) throw new HarnessError(`the pipeline view did not show ${what} within ${timeout / 1000} s`);
    await delay(100);
  }
}

/** The number in the status bar's "N due" item; 0 when the item is hidden. */
async function dueCount(page) {
  const text = await page.locator('.part.statusbar').innerText();
  return Number(/(\d+) due/.exec(text)?.[1] ?? 0);
}

/** Waits until `accept(count)` holds for the status bar's due count. */
async function waitForDueCount(page, accept, timeout = 20_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (accept(await dueCount(page))) return;
    if (Date.now() > deadline) throw new HarnessError(`the status bar's due count stayed at ${await dueCount(page)}`);
    await delay(100);
  }
}

/** The person of a pipeline label: "Priya Natarajan — Northwind Health" → "Priya Natarajan" (Due lists people by name). */
function person(label) {
  return label.split(' — ')[0];
}

/** Waits for the notification that starts with `text`. */
async function toast(page, text, timeout = 10_000) {
  await page.locator('.notifications-toasts .notification-toast', { hasText: text }).first().waitFor({ timeout });
}

/** Closes the notifications on screen (off the recording), so the next step is seen unobstructed. */
async function dismissToasts(page) {
  for (const close of await page.locator('.notifications-toasts .notification-toast .codicon-notifications-clear').all()) await close.click().catch(() => {});
  await page.locator('.notifications-toasts .notification-toast').first().waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => {});
}

/**
 * When the tour says the thank-you to this person went out: the day after their meeting (a prompt
 * one), or today when that is still ahead. Read from the file in the folder the tour copies.
 */
function thankYouDate(folder, label) {
  const name = person(label);
  const file = interviewFiles(folder).find((relative) => fs.readFileSync(path.join(folder, relative), 'utf8').includes(`name: ${name}`));
  const meeting = file ? /^\s+date:\s*(\d{4}-\d{2}-\d{2})/m.exec(fs.readFileSync(path.join(folder, file), 'utf8'))?.[1] : undefined;
  const today = meetingDate(0);
  if (!meeting) return today;
  const next = new Date(`${meeting}T12:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  const dayAfter = next.toISOString().slice(0, 10);
  return dayAfter < today ? dayAfter : today;
}

/** The centre of what `locator` points at, once it is visible. */
async function centre(locator) {
  await locator.waitFor({ timeout: 10_000 });
  const box = await locator.boundingBox();
  if (!box) throw new HarnessError(`${locator} has no size`);
  return { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2) };
}

/** A button in the side bar's title, by the start of its command title. */
function titleAction(page, title) {
  return page.locator(`.part.sidebar .title-actions .action-label[aria-label^="${title}"], .part.sidebar .pane-header .action-label[aria-label^="${title}"]`).first();
}

/** Clicks a title button that opens a quick pick, then the pick whose label is `label`. */
async function pickFromTitleAction(recording, page, title, label) {
  const pick = page.locator('.quick-input-widget .monaco-list-row').filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${label}$`) }) });
  await recording.click(await centre(titleAction(page, title)), { until: () => pick.first().waitFor({ timeout: 10_000 }), hold: 500 });
  await recording.click(await centre(pick.first()), { ms: 400, hold: 300 });
}

/**
 * Shows what VS Code shows beside the pointer while a tree item is dragged: headless Chromium
 * draws no drag image, so the workbench's own drag-image element is put on the page by hand.
 */
async function showDragImage(page, label) {
  await page.evaluate((text) => {
    const image = document.createElement('div');
    image.className = 'monaco-drag-image';
    image.id = 'ui-harness-drag-image';
    image.textContent = text;
    Object.assign(image.style, { position: 'fixed', pointerEvents: 'none', zIndex: '10000', display: 'none' });
    // Inside the workbench, for its font and theme colours.
    (document.querySelector('.monaco-workbench') ?? document.body).append(image);
  }, label);
}

async function moveDragImage(page, point) {
  await page.evaluate(({ x, y }) => {
    const image = document.getElementById('ui-harness-drag-image');
    if (image) Object.assign(image.style, { display: 'inline-block', left: `${x + 12}px`, top: `${y + 14}px` });
  }, point);
}

async function hideDragImage(page) {
  await page.evaluate(() => document.getElementById('ui-harness-drag-image')?.remove());
}

/** A meeting date `days` after today, as YYYY-MM-DD in local time (the extension's "today"). */
function meetingDate(days) {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((part) => String(part).padStart(2, '0')).join('-');
}

/** Widens the side bar by `pixels`, dragging its edge as a user would. */
async function widenSideBar(page, pixels) {
  const sideBar = await page.locator('.part.sidebar').boundingBox();
  if (!sideBar || pixels <= 0) return;
  const edge = { x: sideBar.x + sideBar.width + 1, y: sideBar.y + sideBar.height / 2 };
  await page.mouse.move(edge.x, edge.y);
  await page.mouse.down();
  await page.mouse.move(edge.x + pixels, edge.y, { steps: 8 });
  await page.mouse.up();
}

/** Resolves true once `locator` is visible, false after `timeout`. */
async function appears(locator, timeout) {
  try {
    await locator.waitFor({ timeout });
    return true;
  } catch {
    return false;
  }
}

/** The interview files of a folder (not recursing into dot-folders or node_modules), sorted. */
function interviewFiles(dir) {
  return fs
    .readdirSync(dir, { recursive: true })
    .filter((file) => /\.interview\.ya?ml$/.test(file) && !/(^|\/)(\.|node_modules\/)/.test(file))
    .sort();
}

/** Opens a file through Quick Open (Ctrl+P), as a user would. */
async function quickOpen(page, relativePath) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: 10_000 });
  await input.fill(relativePath);
  const match = page.locator('.quick-input-widget .monaco-list-row', { hasText: path.basename(relativePath) }).first();
  await match.waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
}

/** Runs a command through the command palette by its title, as a user would. */
async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: 10_000 });
  await input.fill(`>${title}`);
  const match = page.locator('.quick-input-widget .monaco-list-row', { hasText: title.replace(/^.*?: /, '') }).first();
  try {
    await match.waitFor({ timeout: 10_000 });
  } catch {
    await page.keyboard.press('Escape');
    throw new HarnessError(`the command palette has no command "${title}"`);
  }
  await match.click();
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
}

/** The display name of a contributed view, resolving `%key%` from package.nls.json. */
function viewName(extensionDir, viewId) {
  const manifest = JSON.parse(fs.readFileSync(path.join(extensionDir, 'package.json'), 'utf8'));
  const view = Object.values(manifest.contributes?.views ?? {})
    .flat()
    .find((entry) => entry.id === viewId);
  if (!view) throw new HarnessError(`package.json contributes no view with id ${viewId}`);
  const nlsKey = /^%(.+)%$/.exec(view.name ?? '')?.[1];
  if (!nlsKey) return view.name;
  const nls = JSON.parse(fs.readFileSync(path.join(extensionDir, 'package.nls.json'), 'utf8'));
  return nls[nlsKey] ?? view.name;
}
