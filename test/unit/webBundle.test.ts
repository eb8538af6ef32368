// The web extension's bundle (package.json `browser`) as the web worker will load it: it may
// `require` nothing but `vscode`, and may touch Node's globals only behind a `typeof` check, since
// the worker has no Node. Reads the bundle `npm run build` (or `npm run build:production`) wrote;
// the integration suite (`node test/vscode/run.mjs --web`) runs it for real.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { builtinModules } from 'node:module';
import * as path from 'node:path';
import ts from 'typescript';

const root = path.join(__dirname, '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { browser?: string };
const bundlePath = manifest.browser ? path.join(root, manifest.browser) : undefined;
const BUILD_COMMAND = 'npm run build';

/** Globals of Node that a web worker does not have (`module`, `exports` and `require('vscode')` come with VS Code's CommonJS loader). */
const NODE_GLOBALS = new Set(['process', 'Buffer', 'global', '__dirname', '__filename', 'setImmediate', 'clearImmediate', 'require']);

interface NodeGlobalUse {
  name: string;
  line: number;
  excerpt: string;
}

/** Whether `node` is the name being declared or a property name, rather than a reference to a global. */
function isDeclarationOrPropertyName(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return true;
  if ((ts.isPropertyAssignment(parent) || ts.isMethodDeclaration(parent) || ts.isPropertyDeclaration(parent) || ts.isGetAccessor(parent) || ts.isSetAccessor(parent)) && parent.name === node) return true;
  if (ts.isBindingElement(parent) && parent.propertyName === node) return true;
  if ((ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isFunctionDeclaration(parent) || ts.isFunctionExpression(parent) || ts.isClassDeclaration(parent) || ts.isClassExpression(parent) || ts.isBindingElement(parent)) && parent.name === node) return true;
  if (ts.isLabeledStatement(parent) || ts.isBreakOrContinueStatement(parent)) return true;
  return false;
}

/** Whether `expression` contains `typeof <name>`. */
function testsTypeOf(expression: ts.Node, name: string): boolean {
  let found = false;
  const visit = (node: ts.Node) => {
    if (found) return;
    if (ts.isTypeOfExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === name) found = true;
    else ts.forEachChild(node, visit);
  };
  visit(expression);
  return found;
}

/**
 * Whether the reference is `typeof <name>` itself, or sits in a branch that a `typeof <name>` test
 * guards: `typeof X < "u" && X.y`, `typeof X == "function" ? X.from(…) : …`, `if (typeof X …) …`.
 */
function isGuarded(node: ts.Identifier): boolean {
  const name = node.text;
  if (ts.isTypeOfExpression(node.parent)) return true;
  let child: ts.Node = node;
  for (let ancestor = node.parent; ancestor; child = ancestor, ancestor = ancestor.parent) {
    if (ts.isConditionalExpression(ancestor) && child !== ancestor.condition && testsTypeOf(ancestor.condition, name)) return true;
    if (ts.isIfStatement(ancestor) && child !== ancestor.expression && testsTypeOf(ancestor.expression, name)) return true;
    if (ts.isBinaryExpression(ancestor) && child === ancestor.right && [ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(ancestor.operatorToken.kind) && testsTypeOf(ancestor.left, name)) return true;
  }
  return false;
}

/** Every unguarded reference to a Node global, and every `require` of something other than `vscode`. */
function nodeOnlyUses(source: ts.SourceFile): { globals: NodeGlobalUse[]; requires: string[]; declared: Set<string> } {
  const globals: NodeGlobalUse[] = [];
  const requires: string[] = [];
  const declared = new Set<string>();
  const lines = source.text.split('\n');
  const excerptAt = (position: number) => {
    const { line, character } = source.getLineAndCharacterOfPosition(position);
    return { line: line + 1, excerpt: lines[line].slice(Math.max(0, character - 60), character + 60) };
  };
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'require') {
      const [specifier] = node.arguments;
      const name = specifier && ts.isStringLiteralLike(specifier) ? specifier.text : `<computed: ${specifier?.getText(source) ?? ''}>`;
      if (name !== 'vscode') requires.push(name);
    }
    if (ts.isIdentifier(node) && NODE_GLOBALS.has(node.text)) {
      if (isDeclarationOrPropertyName(node)) {
        if (!ts.isPropertyAccessExpression(node.parent) && !ts.isPropertyAssignment(node.parent)) declared.add(node.text);
      } else if (!isGuarded(node) && !(node.text === 'require' && ts.isCallExpression(node.parent))) {
        globals.push({ name: node.text, ...excerptAt(node.getStart(source)) });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { globals, requires, declared };
}

describe('the web extension bundle', function () {
  let text = '';
  let source: ts.SourceFile;

  before(function () {
    assert.ok(bundlePath, 'package.json has a `browser` entry');
    if (!fs.existsSync(bundlePath)) {
      console.log(`      (skipped: ${path.relative(root, bundlePath)} is not built; run \`${BUILD_COMMAND}\` first)`);
      this.skip();
    }
    text = fs.readFileSync(bundlePath, 'utf8');
    source = ts.createSourceFile(bundlePath, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  });

  it('requires no module but vscode, and no Node built-in in any spelling', () => {
    const { requires } = nodeOnlyUses(source);
    assert.deepEqual(requires, [], `the web worker can load only "vscode"; the bundle requires ${requires.join(', ')}`);
    const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
    const specifiers = [...text.matchAll(/\b(?:require|import)\s*\(\s*(["'`])([^"'`]+)\1\s*\)|\bfrom\s*(["'])([^"']+)\3/g)].map((match) => match[2] ?? match[4]);
    const nodeSpecifiers = specifiers.filter((specifier) => builtins.has(specifier));
    assert.deepEqual(nodeSpecifiers, [], 'a Node built-in module is named as a module');
    assert.doesNotMatch(text, /["'`]node:[a-z_/]+["'`]/, 'a `node:` module specifier is left in the bundle');
  });

  it('uses Node globals (process, Buffer, __dirname, setImmediate, …) only behind a typeof check', () => {
    const { globals, declared } = nodeOnlyUses(source);
    // A local of that name (a minifier's choice, a library's own variable) is not the global.
    const unguarded = globals.filter((use) => !declared.has(use.name));
    assert.deepEqual(
      unguarded.map((use) => `${use.name} at line ${use.line}: …${use.excerpt}…`),
      [],
      'the web worker has none of these; guard them with `typeof` or use the vscode API',
    );
  });
});
