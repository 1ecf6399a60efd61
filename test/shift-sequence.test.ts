import { expect } from '@open-wc/testing';
import { ShiftSequence } from '../src/components/quick-exit/shift-sequence.js';

function press(sequence: ShiftSequence, time: number) {
  sequence.keydown('Shift');
  return sequence.keyup('Shift', time);
}

describe('ShiftSequence', () => {
  it('completes on the third Shift within five seconds, counting on keyup', () => {
    const sequence = new ShiftSequence();
    expect(press(sequence, 0)).to.deep.equal({ presses: 1, remaining: 2, complete: false });
    expect(press(sequence, 1000)).to.deep.equal({ presses: 2, remaining: 1, complete: false });
    expect(sequence.keydown('Shift')).to.equal(undefined);
    expect(sequence.keyup('Shift', 2000)?.complete).to.be.true;
  });

  it('starts again after a completed sequence', () => {
    const sequence = new ShiftSequence();
    press(sequence, 0);
    press(sequence, 1);
    press(sequence, 2);
    expect(press(sequence, 3)).to.deep.equal({ presses: 1, remaining: 2, complete: false });
  });

  it('drops presses older than the window', () => {
    const sequence = new ShiftSequence();
    press(sequence, 0);
    press(sequence, 1000);
    // 5.5 s after the first press: the first falls out, so this is the second of a new run.
    expect(press(sequence, 5500)).to.deep.equal({ presses: 2, remaining: 1, complete: false });
    expect(press(sequence, 5900)?.complete).to.be.true;
  });

  it('resets when any other key is pressed between', () => {
    const sequence = new ShiftSequence();
    press(sequence, 0);
    press(sequence, 100);
    expect(sequence.keydown('a')).to.deep.equal({ presses: 0, remaining: 3, complete: false });
    expect(sequence.keyup('a', 150)).to.equal(undefined);
    expect(press(sequence, 200)).to.deep.equal({ presses: 1, remaining: 2, complete: false });
  });

  it('does not count a Shift held to type a capital letter', () => {
    const sequence = new ShiftSequence();
    press(sequence, 0);
    sequence.keydown('Shift');
    sequence.keydown('A');
    sequence.keyup('A', 50);
    expect(sequence.keyup('Shift', 60)).to.equal(undefined);
    // The capital also reset the count, so two more presses are not enough.
    press(sequence, 100);
    expect(press(sequence, 200)?.complete).to.be.false;
  });

  it('ignores auto-repeat keydowns while Shift is held', () => {
    const sequence = new ShiftSequence();
    sequence.keydown('Shift');
    sequence.keydown('Shift');
    sequence.keydown('Shift');
    expect(sequence.keyup('Shift', 0)?.presses).to.equal(1);
  });

  it('forgets only the presses that left the window', () => {
    const sequence = new ShiftSequence();
    press(sequence, 0);
    press(sequence, 4000);
    expect(sequence.expire(5000)).to.deep.equal({ presses: 1, remaining: 2, complete: false });
    press(sequence, 6000);
    // 4 s, 6 s and 7 s are within five seconds of each other.
    expect(press(sequence, 7000)?.complete).to.be.true;
  });

  it('reports when the count expires', () => {
    const sequence = new ShiftSequence();
    expect(sequence.expiresAt()).to.equal(undefined);
    press(sequence, 1000);
    expect(sequence.expiresAt()).to.equal(6000);
  });
});
