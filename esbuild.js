// Bundles the desktop extension, the web extension and the CLI. `vscode` stays external because
// the editor provides it; everything else (the `yaml` parser included) is bundled so the package
// ships no node_modules.
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/**
 * `yaml`'s YAML 1.1 schema and tags (`!!binary`, `!!omap`, `!!pairs`, `!!set`, `!!timestamp`, 8 KB),
 * left out of every bundle. The core composes every file with the core schema and
 * `resolveKnownTags: false` (COMPOSE_OPTIONS in src/core/reparse.ts, which the unit tests run with
 * the full library), so no code path reaches them; but `schema/tags.js` imports them all, and esbuild
 * cannot tell. Only that file's imports of `./yaml-1.1/…` are replaced, by modules whose exports are
 * undefined. The build fails when it finds none to replace (a `yaml` laid out otherwise), so that a
 * new release does not bring them back unnoticed.
 */
const withoutYaml11 = {
  name: 'without-yaml-1.1',
  setup(build) {
    let replaced = 0;
    build.onStart(() => {
      replaced = 0;
    });
    build.onResolve({ filter: /^\.\/yaml-1\.1\// }, (args) => {
      if (!/[\\/]yaml[\\/]browser[\\/]dist[\\/]schema[\\/]tags\.js$/.test(args.importer)) return undefined;
      replaced++;
      return { path: args.path, namespace: 'yaml-1.1-left-out' };
    });
    build.onLoad({ filter: /.*/, namespace: 'yaml-1.1-left-out' }, () => ({
      contents: 'export const binary = undefined, merge = undefined, omap = undefined, pairs = undefined, schema = undefined, set = undefined, timestamp = undefined, intTime = undefined, floatTime = undefined;',
      loader: 'js',
    }));
    build.onEnd((result) => {
      if (replaced === 0 && result.errors.length === 0) {
        result.errors.push({ text: "esbuild.js: yaml's schema/tags.js no longer imports ./yaml-1.1/: update the without-yaml-1.1 plugin" });
      }
    });
  },
};

/** @type {import('esbuild').BuildOptions} */
const shared = {
  plugins: [withoutYaml11],
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  legalComments: 'none',
  // Characters such as "—" and "…" as they are (UTF-8, as Node and browser workers read scripts),
  // not as six-byte \u escapes.
  charset: 'utf8',
};

/**
 * `yaml` publishes CommonJS for Node and ES modules for everything else; only the ES modules let
 * esbuild leave out the parts of the library the extension never calls, so every bundle takes them.
 * They use no Node API (the web bundle runs them in a browser worker).
 */
const yamlModules = { yaml: './node_modules/yaml/browser/index.js' };

const builds = [
  {
    ...shared,
    entryPoints: ['src/extension/main.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    alias: yamlModules,
  },
  {
    // The same extension for the web worker (vscode.dev, github.dev): no Node built-ins may be
    // bundled, so a reference to one fails the build instead of failing in the browser.
    ...shared,
    entryPoints: ['src/extension/main.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    mainFields: ['browser', 'module', 'main'],
    define: { 'process.env.NODE_ENV': production ? '"production"' : '"development"' },
  },
  {
    ...shared,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    alias: yamlModules,
    // SARIF's rule help is docs/rules.md itself (src/cli/ruleHelp.ts), and the CLI ships without
    // the docs: the page goes into the bundle as a string. Read once per build (restart --watch
    // to pick up an edit of the page).
    define: { INTERVIEW_LINT_RULES_PAGE: JSON.stringify(fs.readFileSync(path.join(__dirname, 'docs', 'rules.md'), 'utf8')) },
  },
];

/**
 * The phrase model's weights ship beside the extension bundles, not in them (the extensions read
 * dist/phraseModel.json at activation; the CLI compiles it in).
 */
function copyPhraseModel() {
  fs.mkdirSync(path.join(__dirname, 'dist'), { recursive: true });
  fs.copyFileSync(path.join(__dirname, 'src', 'core', 'phraseModel.json'), path.join(__dirname, 'dist', 'phraseModel.json'));
}

async function main() {
  copyPhraseModel();
  if (watch) {
    const contexts = await Promise.all(builds.map((options) => esbuild.context(options)));
    await Promise.all(contexts.map((context) => context.watch()));
    return;
  }
  await Promise.all(builds.map((options) => esbuild.build(options)));
}

module.exports = { builds, copyPhraseModel };

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
