import { msg } from '@lit/localize';
import type { Answers } from './check-in-model.js';
import type { Measure } from './progress-data.js';
import { scoreScale } from './scale-scoring.js';

import type { PeerCheckInProgress } from './progress-view.js';

export { PeerCheckInProgress } from './progress-view.js';
export { privacySection } from './privacy-section.js';
export { refreshHistory } from './history-merge.js';
export { ownGoalTools } from './own-goal-tools.js';

const answer = (id: string) => (answers: Answers) => answers[id];

/** What the progress view charts: the daily mood and cravings, and each scale's score when there is one. */
export function progressMeasures(): Measure[] {
  return [
    { id: 'mood', label: msg('Mood'), min: 1, max: 5, higherIsBetter: true, value: answer('mood') },
    { id: 'cravings', label: msg('Cravings'), min: 0, max: 10, higherIsBetter: false, value: answer('cravings') },
    {
      id: 'phq9-total',
      label: 'PHQ-9',
      min: 0,
      max: 27,
      higherIsBetter: false,
      value: (answers) => scoreScale('phq-9', answers)?.total,
    },
    {
      id: 'gad7-total',
      label: 'GAD-7',
      min: 0,
      max: 21,
      higherIsBetter: false,
      value: (answers) => scoreScale('gad-7', answers)?.total,
    },
    {
      id: 'who5-percent',
      label: 'WHO-5',
      min: 0,
      max: 100,
      higherIsBetter: true,
      unit: 'percent',
      value: (answers) => scoreScale('who-5', answers)?.percent,
    },
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    /** Defined by `<peer-check-in>` when this chunk arrives. */
    'peer-check-in-progress': PeerCheckInProgress;
  }
}
