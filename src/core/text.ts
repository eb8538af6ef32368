import type { Position, Range } from './types';

/** Maps UTF-16 offsets of one text to editor positions and back; CR LF and LF both end a line. */
export class LineIndex {
  private readonly starts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    let at = text.indexOf('\n');
    while (at !== -1) {
      starts.push(at + 1);
      at = text.indexOf('\n', at + 1);
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** The position of an offset; offsets past the end clamp to the end. */
  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle] <= clamped) low = middle;
      else high = middle - 1;
    }
    const lineEnd = this.lineEnd(low);
    return { line: low, character: Math.min(clamped, lineEnd) - this.starts[low] };
  }

  /** The offset of a position; characters past the end of a line clamp to it. */
  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[position.line];
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }

  range(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  /** Offset of the end of a line's content, before its CR LF or LF. */
  lineEnd(line: number): number {
    const next = line + 1 < this.starts.length ? this.starts[line + 1] - 1 : this.text.length;
    return next > this.starts[line] && this.text.charCodeAt(next - 1) === 13 && line + 1 < this.starts.length ? next - 1 : next;
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }

  /** The line ending the text mostly uses, for inserted lines. */
  get eol(): string {
    const first = this.text.indexOf('\n');
    return first > 0 && this.text.charCodeAt(first - 1) === 13 ? '\r\n' : '\n';
  }
}
