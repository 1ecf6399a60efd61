// A clinic's support page in Vue 3, using the elements directly (Vue needs no wrappers).
// docs/frameworks.md walks through it; `npm test` type-checks it and a browser test renders it.
// The template is a string, so it needs Vue's build with the template compiler (docs/frameworks.md says how);
// in a single-file component the same markup goes in <template>.
import { createApp, defineComponent, ref, type PropType } from 'vue';
import 'peer-support-widgets/all.js';
import {
  createRestClient,
  type Goal,
  type PeerResultsChangeEvent,
  type PeerRiskDetectedEvent,
  type PeerSupportBackend,
  type RiskSource,
} from 'peer-support-widgets';

const clinicGoals: Goal[] = [
  { id: 'meeting', label: 'Go to a meeting' },
  { id: 'reach-out', label: 'Call someone I trust' },
];

export const SupportPage = defineComponent({
  name: 'SupportPage',
  props: {
    /** Made once: a new backend would make the widgets fetch again. */
    backend: { type: Object as PropType<PeerSupportBackend>, required: true },
  },
  setup() {
    const riskSource = ref<RiskSource>();
    const groupCount = ref<number>();
    return {
      clinicGoals,
      riskSource,
      groupCount,
      onRiskDetected(event: PeerRiskDetectedEvent) {
        riskSource.value = event.source;
      },
      onResultsChange(event: PeerResultsChangeEvent) {
        groupCount.value = event.detail.count;
      },
    };
  },
  // `:backend` and `.goals` set properties (objects cannot be attributes); `@peer-…` listens to the events.
  // The call-back offer's live region is there from the start, so that screen readers announce the offer.
  template: `
    <peer-support-provider :backend="backend" region="US" timezone="America/Los_Angeles">
      <peer-crisis-banner variant="inline"></peer-crisis-banner>

      <h2>Today’s check-in</h2>
      <peer-check-in .goals="clinicGoals" @peer-risk-detected="onRiskDetected"></peer-check-in>
      <div role="status" class="clinic-call-back">
        <p v-if="riskSource">
          Our on-call counsellor can phone you back within the hour:
          <a href="tel:+15095550100">509-555-0100</a>.
        </p>
      </div>

      <h2>{{ groupCount === undefined ? 'Groups' : 'Groups (' + groupCount + ')' }}</h2>
      <peer-group-finder no-url-state @peer-results-change="onResultsChange"></peer-group-finder>

      <h2>Comments</h2>
      <peer-comment-thread thread="articles/first-group"></peer-comment-thread>
    </peer-support-provider>
  `,
});

/** The Vue app; `mount('#app')` it. The backend defaults to the clinic's server. */
export function createSupportApp(
  backend: PeerSupportBackend = createRestClient({ baseUrl: 'https://support.example.org' }),
) {
  const app = createApp(SupportPage, { backend });
  // The `peer-` tags are custom elements, not Vue components (with a build step, set this in the Vue plugin).
  app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('peer-');
  return app;
}
