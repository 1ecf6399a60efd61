// A clinic's support page in React, with the typed wrappers from `peer-support-widgets/react`.
// docs/frameworks.md walks through it; `npm test` type-checks it and a browser test renders it.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createRestClient, type Goal, type PeerSupportBackend, type RiskSource } from 'peer-support-widgets';
import { CheckIn, CommentThread, CrisisBanner, GroupFinder, PeerSupportProvider } from 'peer-support-widgets/react';

/** The clinic's goals: an array, so the wrapper sets it as a property (no JSON in an attribute). */
const clinicGoals: Goal[] = [
  { id: 'meeting', label: 'Go to a meeting' },
  { id: 'reach-out', label: 'Call someone I trust' },
];

export interface SupportPageProps {
  /** Made once, outside render: a new backend on every render would make the widgets fetch again. */
  backend: PeerSupportBackend;
  /** The clinic's own counting (which help was reached, never who reached it). */
  count?: (what: 'crisis-contact' | 'group-opened', which: string) => void;
}

export function SupportPage({ backend, count }: SupportPageProps) {
  const [riskSource, setRiskSource] = useState<RiskSource>();
  const [groupCount, setGroupCount] = useState<number>();

  return (
    <PeerSupportProvider backend={backend} region="US" timezone="America/Los_Angeles">
      <CrisisBanner
        variant="inline"
        onPeerCrisisContact={(event) => count?.('crisis-contact', event.detail.resourceId)}
      />

      <h2>Today’s check-in</h2>
      <CheckIn goals={clinicGoals} onPeerRiskDetected={(event) => setRiskSource(event.source)} />
      {/* The check-in already shows crisis lines; this is the clinic's own offer, added beside them. The live
          region is there from the start, so that screen readers announce the offer when it appears. */}
      <div role="status" className="clinic-call-back">
        {riskSource && (
          <p>
            Our on-call counsellor can phone you back within the hour: <a href="tel:+15095550100">509-555-0100</a>.
          </p>
        )}
      </div>

      <h2>{groupCount === undefined ? 'Groups' : `Groups (${groupCount})`}</h2>
      <GroupFinder
        noUrlState
        onPeerResultsChange={(event) => setGroupCount(event.detail.count)}
        onPeerGroupSelect={(event) => count?.('group-opened', event.detail.slug)}
      />

      <h2>Comments</h2>
      <CommentThread thread="articles/first-group" />
    </PeerSupportProvider>
  );
}

/** The page in a real app: one REST client for the clinic's server, made once. */
export function mountSupportPage(container: Element, serverUrl = 'https://support.example.org') {
  const backend = createRestClient({ baseUrl: serverUrl });
  const root = createRoot(container);
  root.render(<SupportPage backend={backend} />);
  return root;
}
