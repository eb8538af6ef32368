import * as vscode from 'vscode';

/** What a message or a prompt is: the kind of window VS Code shows. */
export type ShownKind = 'information' | 'warning' | 'error' | 'input' | 'pick';

/** A message or prompt as it was shown, for the integration tests, which answer it as a user would. */
export interface Shown {
  kind: ShownKind;
  /** The message, or the prompt's title. */
  text: string;
  /** A prompt's explanation line or placeholder, when it has one. */
  detail?: string;
  /** The buttons of a message, or the labels of a pick's items in order. */
  choices: readonly string[];
  /** The text an input box offers, selected, when it opens. */
  value?: string;
  /**
   * Answers as the user would: clicks the button or picks the item with this label (for a pick of
   * several, the labels one per line), types this text and presses Enter, or (undefined) dismisses it. Returns why the answer was refused (an
   * input box's check of the text, a label that is not there), else undefined.
   */
  answer(choice: string | undefined): string | undefined;
}

/**
 * The one way the extension talks to the user: messages, input boxes and quick picks, each
 * VS Code's own. `onDidShow` reports each as it opens, so the integration tests,
 * which run in the same extension host but cannot reach VS Code's windows, see what a user would
 * see and answer it; an answer closes the prompt.
 */
export class Ui implements vscode.Disposable {
  private readonly shownEmitter = new vscode.EventEmitter<Shown>();
  /** Fires as each message or prompt opens. */
  readonly onDidShow = this.shownEmitter.event;

  info(message: string, ...buttons: string[]): Promise<string | undefined> {
    return this.message('information', message, buttons);
  }

  warn(message: string, ...buttons: string[]): Promise<string | undefined> {
    return this.message('warning', message, buttons);
  }

  error(message: string, ...buttons: string[]): Promise<string | undefined> {
    return this.message('error', message, buttons);
  }

  /** An input box; resolves to the text entered, or undefined when dismissed. */
  input(options: vscode.InputBoxOptions): Promise<string | undefined> {
    return this.show({ kind: 'input', text: options.title ?? options.prompt ?? '', detail: options.prompt ?? options.placeHolder, choices: [], value: options.value }, (text) => {
      const problem = text === undefined ? undefined : options.validateInput?.(text);
      return typeof problem === 'string' && problem ? problem : problem && typeof problem === 'object' && 'message' in problem ? problem.message : { value: text };
    }, (token) => vscode.window.showInputBox(options, token));
  }

  /** A quick pick of one item; resolves to the item picked, or undefined when dismissed. */
  pick<T extends vscode.QuickPickItem>(items: readonly T[], options: vscode.QuickPickOptions): Promise<T | undefined> {
    return this.show({ kind: 'pick', text: options.title ?? options.placeHolder ?? '', detail: options.placeHolder, choices: items.map((item) => item.label) }, (label) => {
      const item = items.find((candidate) => candidate.label === label);
      return label !== undefined && !item ? `no item is labelled "${label}"` : { value: item };
    }, (token) => vscode.window.showQuickPick([...items], options, token));
  }

  /** A quick pick of several items; resolves to the items picked, or undefined when dismissed. */
  pickMany<T extends vscode.QuickPickItem>(items: readonly T[], options: vscode.QuickPickOptions): Promise<T[] | undefined> {
    return this.show({ kind: 'pick', text: options.title ?? options.placeHolder ?? '', detail: options.placeHolder, choices: items.map((item) => item.label) }, (answer) => {
      const labels = answer === undefined ? [] : answer.split('\n');
      const missing = labels.find((label) => !items.some((item) => item.label === label));
      return missing !== undefined ? `no item is labelled "${missing}"` : { value: answer === undefined ? undefined : items.filter((item) => labels.includes(item.label)) };
    }, (token) => vscode.window.showQuickPick([...items], { ...options, canPickMany: true }, token));
  }

  dispose(): void {
    this.shownEmitter.dispose();
  }

  private message(kind: 'information' | 'warning' | 'error', text: string, buttons: string[]): Promise<string | undefined> {
    const { window } = vscode;
    return this.show({ kind, text, choices: buttons }, (choice) => (choice !== undefined && !buttons.includes(choice) ? `the message has no button "${choice}"` : { value: choice }), () =>
      kind === 'information' ? window.showInformationMessage(text, ...buttons) : kind === 'warning' ? window.showWarningMessage(text, ...buttons) : window.showErrorMessage(text, ...buttons),
    );
  }

  /**
   * Shows something through VS Code and reports it; resolves to the user's answer or to one given
   * through `Shown.answer`, whichever comes first (`check` turns an answer into the value, or into
   * why it is refused). The cancellation token closes what VS Code shows once answered that way.
   */
  private show<T>(shown: Omit<Shown, 'answer'>, check: (answer: string | undefined) => string | { value: T | undefined }, open: (token: vscode.CancellationToken) => Thenable<T | undefined>): Promise<T | undefined> {
    const cancel = new vscode.CancellationTokenSource();
    let settle!: (value: T | undefined) => void;
    const answered = new Promise<T | undefined>((resolve) => (settle = resolve));
    const fromVsCode = Promise.resolve(open(cancel.token));
    this.shownEmitter.fire({
      ...shown,
      answer: (answer) => {
        const checked = check(answer);
        if (typeof checked === 'string') return checked;
        settle(checked.value);
        cancel.cancel();
        return undefined;
      },
    });
    return Promise.race([fromVsCode, answered]).finally(() => cancel.dispose());
  }
}
