// React components for every element: `peer-support-widgets/react`. Importing this file defines the tags
// (each wrapper needs its element registered to tell properties from attributes). React is the page's own:
// it is a peer dependency and never bundled here.
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import './core/provider/define.js';
import './components/crisis-banner/define.js';
import './components/quick-exit/define.js';
import './components/group-finder/define.js';
import './components/comment-thread/define.js';
import './components/comment-count/define.js';
import './components/check-in/define.js';
import './components/moderation-queue/define.js';
import { PeerSupportProvider as PeerSupportProviderElement } from './core/provider/support-provider.js';
import { PeerCrisisBanner } from './components/crisis-banner/crisis-banner.js';
import type { PeerCrisisContactEvent } from './components/crisis-banner/events.js';
import { PeerQuickExit } from './components/quick-exit/quick-exit.js';
import type { PeerQuickExitEvent } from './components/quick-exit/events.js';
import { PeerGroupFinder } from './components/group-finder/group-finder.js';
import type { PeerGroupSelectEvent, PeerResultsChangeEvent } from './components/group-finder/events.js';
import { PeerCommentThread } from './components/comment-thread/comment-thread.js';
import type { PeerCommentPostedEvent } from './components/comment-thread/events.js';
import { PeerCommentCount } from './components/comment-count/comment-count.js';
import { PeerCheckIn } from './components/check-in/check-in.js';
import type { PeerCheckInSavedEvent, PeerRiskDetectedEvent } from './components/check-in/events.js';
import { PeerModerationQueue } from './components/moderation-queue/moderation-queue.js';
import type { PeerModerationDecisionEvent } from './components/moderation-queue/events.js';

// The check-in and the comment thread show the crisis banner's lines inline to someone who may be at risk;
// its `peer-crisis-contact` is composed, so their hosts hear it too, and a clinic counting contacts wants it.
const crisisContact = 'peer-crisis-contact' as EventName<PeerCrisisContactEvent>;
const quickExit = 'peer-quick-exit' as EventName<PeerQuickExitEvent>;

/** `<peer-support-provider>`: the backend (`backend` or `api`) and clinic settings for the widgets inside. */
export const PeerSupportProvider = createComponent({
  react: React,
  tagName: 'peer-support-provider',
  elementClass: PeerSupportProviderElement,
  displayName: 'PeerSupportProvider',
});

/** `<peer-crisis-banner>`: crisis lines for the visitor's region. */
export const CrisisBanner = createComponent({
  react: React,
  tagName: 'peer-crisis-banner',
  elementClass: PeerCrisisBanner,
  events: { onPeerCrisisContact: crisisContact, onPeerQuickExit: quickExit },
  displayName: 'CrisisBanner',
});

/** `<peer-quick-exit>`: leaves the page at once (button or Shift pressed three times). */
export const QuickExit = createComponent({
  react: React,
  tagName: 'peer-quick-exit',
  elementClass: PeerQuickExit,
  events: { onPeerQuickExit: quickExit },
  displayName: 'QuickExit',
});

/** `<peer-group-finder>`: peer-support groups nearby and online. */
export const GroupFinder = createComponent({
  react: React,
  tagName: 'peer-group-finder',
  elementClass: PeerGroupFinder,
  events: {
    onPeerResultsChange: 'peer-results-change' as EventName<PeerResultsChangeEvent>,
    onPeerGroupSelect: 'peer-group-select' as EventName<PeerGroupSelectEvent>,
  },
  displayName: 'GroupFinder',
});

/** `<peer-comment-thread>`: moderated comments with replies, reactions and reports. */
export const CommentThread = createComponent({
  react: React,
  tagName: 'peer-comment-thread',
  elementClass: PeerCommentThread,
  events: {
    onPeerCommentPosted: 'peer-comment-posted' as EventName<PeerCommentPostedEvent>,
    onPeerCrisisContact: crisisContact,
  },
  displayName: 'CommentThread',
});

/** `<peer-comment-count>`: how many comments a thread has, as a link. */
export const CommentCount = createComponent({
  react: React,
  tagName: 'peer-comment-count',
  elementClass: PeerCommentCount,
  displayName: 'CommentCount',
});

/** `<peer-check-in>`: the daily check-in, with crisis help when an answer says someone may be at risk. */
export const CheckIn = createComponent({
  react: React,
  tagName: 'peer-check-in',
  elementClass: PeerCheckIn,
  events: {
    onPeerRiskDetected: 'peer-risk-detected' as EventName<PeerRiskDetectedEvent>,
    onPeerCheckInSaved: 'peer-check-in-saved' as EventName<PeerCheckInSavedEvent>,
    onPeerCrisisContact: crisisContact,
  },
  displayName: 'CheckIn',
});

/** `<peer-moderation-queue>`: held comments for clinic staff to approve, reject or delete. */
export const ModerationQueue = createComponent({
  react: React,
  tagName: 'peer-moderation-queue',
  elementClass: PeerModerationQueue,
  events: { onPeerModerationDecision: 'peer-moderation-decision' as EventName<PeerModerationDecisionEvent> },
  displayName: 'ModerationQueue',
});

export type { PeerCrisisContactEvent, CrisisContactDetail } from './components/crisis-banner/events.js';
export type { PeerQuickExitEvent } from './components/quick-exit/events.js';
export type { PeerGroupSelectEvent, PeerResultsChangeEvent } from './components/group-finder/events.js';
export type { PeerCommentPostedEvent } from './components/comment-thread/events.js';
export type { PeerCheckInSavedEvent, PeerRiskDetectedEvent, RiskSource } from './components/check-in/events.js';
export type {
  ModerationDecision,
  ModerationDecisionDetail,
  PeerModerationDecisionEvent,
} from './components/moderation-queue/events.js';
