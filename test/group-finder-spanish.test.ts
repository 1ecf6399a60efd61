import { expect, waitUntil } from '@open-wc/testing';
import { createMemoryBackend } from '../src/api/memory-backend.js';
import { WEDNESDAY_EVENING, finderText, html, renderFinder, sampleGroups } from './helpers/finder.js';

// lit-localize's runtime locale is page-wide, so Spanish has a test file (and page) of its own.
describe('<peer-group-finder> in Spanish', () => {
  it('speaks Spanish, type labels included', async () => {
    const finder = await renderFinder(
      html`<peer-support-provider locale="es" .backend=${createMemoryBackend({ groups: sampleGroups() })}
        ><peer-group-finder time-zone="America/Los_Angeles" .now=${WEDNESDAY_EVENING}></peer-group-finder
      ></peer-support-provider>`,
    );
    await waitUntil(() => finderText(finder).includes('grupos'), 'Spanish text', { timeout: 3000 });
    await waitUntil(() => finderText(finder).includes('Abierta'), 'Spanish type labels', { timeout: 3000 });
    expect(finderText(finder)).to.include('Hoy');
    await expect(finder).to.be.accessible();
  });
});
