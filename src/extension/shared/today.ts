import * as vscode from 'vscode';
import { formatLocalDate } from '../../core/dates';

/** Today's local date, and an event when the day changes (so date rules recompute at midnight). */
export class Today implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<string>();
  readonly onDidChange = this.emitter.event;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private current = formatLocalDate(new Date());

  constructor() {
    this.schedule();
  }

  get value(): string {
    return this.current;
  }

  /** Re-reads the clock (also done on a timer just after midnight and when a window regains focus). */
  check(): void {
    const now = formatLocalDate(new Date());
    if (now !== this.current) {
      this.current = now;
      this.emitter.fire(now);
    }
  }

  private schedule(): void {
    const now = new Date();
    const midnight = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 0, 5);
    // Timers drift across sleep, so never wait more than an hour before looking again.
    const wait = Math.min(midnight.getTime() - now.getTime(), 3_600_000);
    this.timer = setTimeout(() => {
      this.check();
      this.schedule();
    }, wait);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.emitter.dispose();
  }
}
