/**
 * Counts the "press Shift three times" quick-exit shortcut (after GOV.UK's Exit this page). Presses are
 * counted on keyup, must all fall within the window, and any other key starts the count again. A Shift
 * that was held to type a capital letter is a modifier, not a press, and does not count.
 */
export interface ShiftProgress {
  /** Presses counted so far in the current window (0 after a reset or a completed sequence). */
  presses: number;
  /** Presses still needed. */
  remaining: number;
  /** True on the press that completes the sequence. */
  complete: boolean;
}

export class ShiftSequence {
  private pressTimes: number[] = [];
  private shiftHeld = false;
  private usedAsModifier = false;

  constructor(
    readonly required = 3,
    readonly windowMs = 5000,
  ) {}

  keydown(key: string): ShiftProgress | undefined {
    if (key === 'Shift') {
      // Auto-repeat sends keydown again while held; only the first one starts a press.
      if (!this.shiftHeld) {
        this.shiftHeld = true;
        this.usedAsModifier = false;
      }
      return undefined;
    }
    if (this.shiftHeld) this.usedAsModifier = true;
    return this.reset();
  }

  keyup(key: string, time: number): ShiftProgress | undefined {
    if (key !== 'Shift') return undefined;
    this.shiftHeld = false;
    if (this.usedAsModifier) return undefined;
    this.pressTimes = this.pressTimes.filter((t) => time - t < this.windowMs);
    this.pressTimes.push(time);
    const presses = this.pressTimes.length;
    if (presses >= this.required) {
      this.pressTimes = [];
      return { presses, remaining: 0, complete: true };
    }
    return { presses, remaining: this.required - presses, complete: false };
  }

  /** Forget every press, e.g. when the window expires or the page regains focus. */
  reset(): ShiftProgress | undefined {
    const hadPresses = this.pressTimes.length > 0;
    this.pressTimes = [];
    return hadPresses ? { presses: 0, remaining: this.required, complete: false } : undefined;
  }

  /** Drops presses that have left the window by `time`; the rest still count. */
  expire(time: number): ShiftProgress {
    this.pressTimes = this.pressTimes.filter((t) => time - t < this.windowMs);
    const presses = this.pressTimes.length;
    return { presses, remaining: this.required - presses, complete: false };
  }

  /** When the oldest counted press expires, if any press is counted. */
  expiresAt(): number | undefined {
    return this.pressTimes.length ? this.pressTimes[0] + this.windowMs : undefined;
  }
}
