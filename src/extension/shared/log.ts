import * as vscode from 'vscode';

/** The extension's output channel; errors go here instead of being thrown into the extension host. */
export class Log implements vscode.Disposable {
  private readonly channel = vscode.window.createOutputChannel('Informational Interviews', { log: true });

  info(message: string): void {
    this.channel.info(message);
  }

  error(message: string, error?: unknown): void {
    this.channel.error(error instanceof Error ? `${message}: ${error.stack ?? error.message}` : error !== undefined ? `${message}: ${String(error)}` : message);
  }

  /** Runs a callback, logging instead of throwing: event handlers must never throw into the host. */
  guard<A extends unknown[]>(label: string, callback: (...args: A) => unknown): (...args: A) => void {
    return (...args: A) => {
      try {
        const result = callback(...args);
        if (result instanceof Promise) result.catch((error) => this.error(label, error));
      } catch (error) {
        this.error(label, error);
      }
    };
  }

  dispose(): void {
    this.channel.dispose();
  }
}
