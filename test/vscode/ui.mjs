// UI check: opens examples/ in VS Code 1.100.3 (code-server) with the extension loaded, the way a
// person would see it, and saves screenshots for the README:
//
//   docs/images/diagnostics.png  an interview file with its diagnostics, the hover and the Problems panel
//   docs/images/pipeline.png     the pipeline view beside that file
//
//   node test/vscode/ui.mjs [--no-build] [--folder <dir>] [--extension <dir>] [--out <dir>] [--rule <id>] [--headed]
//
// The diagnostics shot opens the first problem of rule --rule (default no-job-ask), or else the
// first problem listed.
// Fails (non-zero exit) if no diagnostics appear or the pipeline view shows no items.
import fs from 'node:fs';
import path from 'node:path';
import {
  HarnessError,
  checkPrerequisites,
  isPrepared,
  launchBrowser,
  log,
  npmRun,
  prepare,
  repoRoot,
  runMain,
  startServer,
  waitForWorkbench,
  workbenchUrl,
} from './code-server.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? path.resolve(args[at + 1]) : fallback;
};
const folder = option('--folder', path.join(repoRoot, 'examples'));
const extensionDir = option('--extension', repoRoot);
const outDir = option('--out', path.join(repoRoot, 'docs', 'images'));
const PIPELINE_VIEW_ID = 'interviews.pipeline';
const ruleAt = args.indexOf('--rule');
const rule = ruleAt >= 0 ? args[ruleAt + 1] : 'no-job-ask';

runMain(async () => {
  checkPrerequisites({ forPrepare: !isPrepared(), forBrowser: true });
  if (!args.includes('--no-build')) npmRun('build');
  prepare();
  const pipelineName = viewName(extensionDir, PIPELINE_VIEW_ID);

  const server = await startServer({
    folder,
    settings: { 'editor.minimap.enabled': false },
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
  // Widen the side bar so the items' descriptions show, by dragging its edge as a user would.
  const sideBar = await page.locator('.part.sidebar').boundingBox();
  if (sideBar) {
    const edge = { x: sideBar.x + sideBar.width + 1, y: sideBar.y + sideBar.height / 2 };
    await page.mouse.move(edge.x, edge.y);
    await page.mouse.down();
    await page.mouse.move(edge.x + 160, edge.y, { steps: 8 });
    await page.mouse.up();
  }
  // Focus back on the editor, so the view is shown as it looks while one works in a file.
  await runCommand(page, 'View: Focus Active Editor Group');
  const pipelineShot = path.join(outDir, 'pipeline.png');
  await page.screenshot({ path: pipelineShot, animations: 'disabled' });
  log(`saved ${path.relative(repoRoot, pipelineShot)} (${await rows.count()} rows in the ${pipelineName} view)`);
  fs.rmSync(path.join(outDir, 'ui-failure.png'), { force: true });
  return 0;
});

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
