// Screen recording for the UI harness: screenshots of a Playwright page taken step by step as the
// harness drives it, with a mouse pointer drawn in (headless Chromium's screenshots have none),
// encoded as an animated GIF with gifenc.
//
// Each frame's delay is set by the recording, not by the time the step took, so the animation
// plays at the same pace however slow the machine is. The GIF stays small because every frame
// after the first keeps only the pixels that changed (the rest are transparent over the previous
// frame), identical frames are merged into one longer frame, and all frames share one palette.

import fs from 'node:fs';
import gifenc from 'gifenc';
import pngjs from 'pngjs';

// Both are CommonJS packages: Node gives their exports as the default import only.
const { applyPalette, GIFEncoder, quantize } = gifenc;

/** Display time of one frame of a movement or of typing: 20 frames a second. */
export const STEP_MS = 50;

/** The pointer: X outline, . fill, hotspot at the top left. */
const POINTER = [
  'X',
  'XX',
  'X.X',
  'X..X',
  'X...X',
  'X....X',
  'X.....X',
  'X......X',
  'X.......X',
  'X........X',
  'X.........X',
  'X......XXXXX',
  'X...X..X',
  'X..XX..X',
  'X.X  X..X',
  'XX   X..X',
  'X     X..X',
  '      X..X',
  '       XX',
];

/** The ring drawn around the pointer on a click, growing over two frames. */
const CLICK_RINGS = [9, 14];
const CLICK_COLOUR = [0, 122, 204];

/**
 * Records a page as the harness drives it. The pointer is moved through `moveTo`/`click`/`drag`
 * so that it is drawn where Playwright's mouse is; keyboard input goes through `type` or straight
 * to `page.keyboard`, followed by `capture`.
 */
export class Recording {
  /** @param {import('playwright-core').Page} page */
  constructor(page, { pointer = { x: 0, y: 0 } } = {}) {
    this.page = page;
    this.pointer = { ...pointer };
    /** @type {{ png: Buffer, delay: number, pointer: { x: number, y: number }, ring: number }[]} */
    this.frames = [];
  }

  /** Screenshots the page now and shows it for `delay` ms; `ring` draws a click's ring (1 or 2). */
  async capture(delay = STEP_MS, { ring = 0 } = {}) {
    const png = await this.page.screenshot({ animations: 'disabled' });
    this.frames.push({ png, delay, pointer: { ...this.pointer }, ring });
  }

  /** Shows the last frame `ms` longer. */
  hold(ms) {
    const last = this.frames.at(-1);
    if (last) last.delay += ms;
  }

  /**
   * Moves the mouse to `to` along an eased straight line taking `ms` of the animation, one frame
   * per step. `during(point)` runs after each step, before its frame (a drag image follows it).
   */
  async moveTo(to, { ms = 500, during } = {}) {
    const from = { ...this.pointer };
    const distance = Math.hypot(to.x - from.x, to.y - from.y);
    const steps = Math.max(2, Math.min(Math.round(ms / STEP_MS), Math.ceil(distance / 6)));
    for (let step = 1; step <= steps; step += 1) {
      const t = step / steps;
      const eased = t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
      this.pointer = { x: Math.round(from.x + (to.x - from.x) * eased), y: Math.round(from.y + (to.y - from.y) * eased) };
      await this.page.mouse.move(this.pointer.x, this.pointer.y);
      if (during) await during(this.pointer);
      await this.capture(STEP_MS);
    }
  }

  /**
   * Moves to `at` and clicks, then waits for `until` (what the click should bring about) before
   * the frames that show the result with the click's ring; the result stays `hold` ms.
   */
  async click(at, { button = 'left', ms, until, hold = 600 } = {}) {
    await this.moveTo(at, { ms });
    this.hold(120);
    await this.page.mouse.click(at.x, at.y, { button });
    if (until) await until();
    await this.capture(90, { ring: 1 });
    await this.capture(90, { ring: 2 });
    await this.capture(hold);
  }

  /**
   * Drags from `from` to `to` with the mouse button held, as HTML drag and drop sees it.
   * `during(point)` runs after each step of the way; `until` waits for the drop target to show
   * before the button is released on `to`.
   */
  async drag(from, to, { ms = 1100, during, until } = {}) {
    await this.moveTo(from);
    this.hold(150);
    await this.page.mouse.down();
    // A few pixels first, so that the drag starts before the long move.
    await this.page.mouse.move(from.x + 4, from.y + 2, { steps: 2 });
    await this.moveTo(to, { ms, during });
    if (until) {
      // One more pixel: the page hears of the pointer only when it moves.
      await this.page.mouse.move(to.x + 1, to.y);
      await until();
    }
    await this.capture(350);
    await this.page.mouse.up();
  }

  /** Types `text` a character at a time, one frame per character. */
  async type(text, { perCharacter = 90 } = {}) {
    for (const character of text) {
      await this.page.keyboard.type(character);
      await this.capture(perCharacter);
    }
  }

  /**
   * Encodes the frames as a looping GIF at `file`, the last frame held `lastHold` ms longer.
   * Returns its size in bytes, the number of frames written and the duration in ms.
   */
  save(file, { lastHold = 0 } = {}) {
    if (this.frames.length === 0) throw new Error('nothing was recorded');
    this.hold(lastHold);
    const { width, height } = decode(this.frames[0]);
    // One palette for every frame, from the frames that stay longest on screen (the states the
    // animation shows) and those with a click ring, so that colours do not flicker between frames.
    // Index `transparent` is left free to mark unchanged pixels.
    const sample = paletteSample(this.frames);
    const pixels = new Uint8Array(sample.length * width * height * 4);
    sample.forEach((frame, at) => pixels.set(decode(frame).data, at * width * height * 4));
    const palette = quantize(pixels, 255);
    const transparent = palette.length;
    const gifPalette = [...palette, [255, 0, 255]];

    const gif = GIFEncoder();
    let shown; // the indexed image on screen after the frames written so far
    let pending; // the frame waiting for its delay to be known: { image, delay, first }
    let written = 0;
    const flush = () => {
      if (!pending) return;
      gif.writeFrame(pending.image, width, height, {
        palette: pending.first ? gifPalette : undefined,
        delay: pending.delay,
        transparent: !pending.first,
        transparentIndex: transparent,
        // Keep what is on screen; the next frame draws only what changed over it.
        dispose: 1,
        repeat: 0,
      });
      written += 1;
    };
    for (const frame of this.frames) {
      const image = decode(frame);
      drawPointer(image, frame.pointer, frame.ring);
      const indexed = applyPalette(image.data, palette);
      if (!shown) {
        pending = { image: indexed, delay: frame.delay, first: true };
        shown = indexed;
        continue;
      }
      const changes = new Uint8Array(indexed.length);
      let changed = 0;
      for (let pixel = 0; pixel < indexed.length; pixel += 1) {
        if (indexed[pixel] === shown[pixel]) changes[pixel] = transparent;
        else {
          changes[pixel] = indexed[pixel];
          changed += 1;
        }
      }
      if (changed === 0) {
        pending.delay += frame.delay;
        continue;
      }
      flush();
      pending = { image: changes, delay: frame.delay, first: false };
      shown = indexed;
    }
    flush();
    gif.finish();
    const bytes = gif.bytesView();
    fs.writeFileSync(file, bytes);
    return { bytes: bytes.length, frames: written, durationMs: this.frames.reduce((sum, frame) => sum + frame.delay, 0), width, height };
  }
}

function decode(frame) {
  return pngjs.PNG.sync.read(frame.png);
}

/** Up to 12 frames for the palette: the longest-shown ones and one with a click ring. */
function paletteSample(frames) {
  const byDelay = [...frames].sort((a, b) => b.delay - a.delay).slice(0, 11);
  const ring = frames.find((frame) => frame.ring > 0 && !byDelay.includes(frame));
  return ring ? [...byDelay, ring] : byDelay;
}

/** Draws the pointer (and a click's ring) into an RGBA image. */
function drawPointer(image, pointer, ring) {
  const { width, height, data } = image;
  const blend = (x, y, colour, alpha) => {
    if (x < 0 || y < 0 || x >= width || y >= height) return;
    const at = (y * width + x) * 4;
    for (let channel = 0; channel < 3; channel += 1) data[at + channel] = Math.round(data[at + channel] * (1 - alpha) + colour[channel] * alpha);
  };
  if (ring > 0) {
    const radius = CLICK_RINGS[ring - 1];
    for (let y = -radius - 2; y <= radius + 2; y += 1) {
      for (let x = -radius - 2; x <= radius + 2; x += 1) {
        const alpha = Math.max(0, 1 - Math.abs(Math.hypot(x, y) - radius) / 1.5) * 0.75;
        if (alpha > 0) blend(pointer.x + x, pointer.y + y, CLICK_COLOUR, alpha);
      }
    }
  }
  POINTER.forEach((row, y) => {
    [...row].forEach((cell, x) => {
      if (cell === 'X') blend(pointer.x + x, pointer.y + y, [0, 0, 0], 1);
      else if (cell === '.') blend(pointer.x + x, pointer.y + y, [255, 255, 255], 1);
    });
  });
}
