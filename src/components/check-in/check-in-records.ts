import type { ReactiveControllerHost } from 'lit';
import type { CheckInSource } from '../../api/check-in-types.js';
import { BackendError } from '../../api/errors.js';
import { createIdempotencyKey } from '../../api/rest-backend.js';
import { restCheckInMethods } from '../../api/rest-check-ins.js';
import { backendPart } from '../../api/backend-parts.js';
import type { PeerSupportBackend } from '../../api/types.js';
import type { Answers, StoredCheckIn } from './check-in-model.js';
import { CheckInStore } from './check-in-store.js';
import { sendWaiting, withLock, type SendResult } from './check-in-sync.js';
import type { refreshHistory } from './history-merge.js';
import { parseGoals, type Goal } from './daily-items.js';
import { forgetParticipant, resolveParticipant, type Participant } from './participant.js';

export interface Draft {
  answers: Answers;
  note: string;
}

const restMethods = new WeakMap<object, CheckInSource>();
const CHECK_IN_METHODS = ['submitCheckIn', 'listCheckIns', 'eraseParticipant'] as const;

/**
 * One participant's records, on the device and at the backend: who they are, their check-ins (sent and
 * waiting), their draft, consent and own goals; sending, reading back and erasing. No words on screen: the
 * element says what happened.
 */
export class CheckInRecords {
  store?: CheckInStore;
  participant?: Participant;
  history: StoredCheckIn[] = [];
  consented = false;
  ownGoals: Goal[] = [];
  private generation = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly backend: () => PeerSupportBackend | undefined,
  ) {}

  /** The backend's check-in methods; the provider's REST client leaves them out of other widgets' bundles. */
  get source(): CheckInSource | undefined {
    return backendPart(this.backend(), CHECK_IN_METHODS, restCheckInMethods, restMethods);
  }

  private metaKey(name: string): string {
    return `${name}:${this.participant?.token ?? ''}`;
  }

  /** Settings kept for this participant, erased with their data. */
  private get metaKeys(): string[] {
    return ['draft', 'consent', 'goals'].map((name) => this.metaKey(name));
  }

  /** Reads the device's records for the participant the page names (or the device's own); gives the draft. */
  async open(participantToken: string | undefined): Promise<Draft | undefined> {
    // A later call (the token changed meanwhile) wins over one still on its way.
    const generation = ++this.generation;
    this.store ??= await CheckInStore.open();
    const store = this.store;
    const participant = await resolveParticipant(store, participantToken);
    const key = (name: string) => `${name}:${participant.token}`;
    const [draft, consent, goals, history] = await Promise.all([
      store.get<Draft>(key('draft')),
      store.get<string>(key('consent')),
      store.get<Goal[]>(key('goals')),
      store.list(participant.token),
    ]);
    if (generation !== this.generation) return undefined;
    this.participant = participant;
    this.consented = !!consent;
    this.ownGoals = parseGoals(goals ?? []);
    this.history = history;
    this.host.requestUpdate();
    return draft;
  }

  /** Sends what waits on the device; undefined when there is no backend to send to. */
  async send(): Promise<SendResult | undefined> {
    const { store, participant, source } = this;
    if (!store || !participant || !source) return undefined;
    const result = await sendWaiting(store, participant.token, source).catch(() => undefined);
    if (result && (result.sent.length || result.waiting)) {
      this.history = await store.list(participant.token);
      this.host.requestUpdate();
    }
    return result;
  }

  /**
   * The server's history merged into the device's (the merge comes with the progress chunk); the device's copy
   * stays when the server cannot be read.
   */
  async refresh(merge: typeof refreshHistory): Promise<void> {
    const { store, participant, source } = this;
    if (!store || !participant || !source) return;
    try {
      // Under the send lock: an erase waits for it, and it never writes back what an erase removed.
      this.history = await withLock(() => merge(store, participant.token, source));
      this.host.requestUpdate();
    } catch {
      // Read again next time.
    }
  }

  saveDraft(draft: Draft | undefined): void {
    if (this.store && this.participant) void this.store.set(this.metaKey('draft'), draft);
  }

  /** Written to the device, waiting to be sent; consent is remembered with the first one. */
  async keep(checkIn: StoredCheckIn): Promise<void> {
    const { store, participant } = this;
    if (!store || !participant) throw new Error('The device store is not open yet.');
    if (!this.consented) {
      await store.set(this.metaKey('consent'), checkIn.recordedAt);
      this.consented = true;
    }
    await store.put(participant.token, checkIn);
    this.history = await store.list(participant.token);
    this.host.requestUpdate();
  }

  async setOwnGoals(goals: Goal[]): Promise<void> {
    this.ownGoals = goals;
    this.host.requestUpdate();
    await this.store?.set(this.metaKey('goals'), goals);
  }

  /**
   * Everything kept for this participant: what waits is dropped first (nothing may be sent after the person
   * asked for it all to go), then the server's copy, then the device's. If the server cannot be reached,
   * nothing is erased. An anonymous id is forgotten too, so the next check-in starts as someone new.
   */
  erase(serverToo: boolean, participantToken: string | undefined): Promise<void> {
    return withLock(() => this.eraseNow(serverToo, participantToken));
  }

  private async eraseNow(serverToo: boolean, participantToken: string | undefined): Promise<void> {
    const { store, participant, source } = this;
    if (!store || !participant) return;
    const token = participant.token;
    const waiting = (await store.list(token)).filter((checkIn) => checkIn.pending);
    for (const checkIn of waiting) await store.remove(checkIn.key);
    if (serverToo && source) {
      try {
        await source.eraseParticipant({ participantToken: token, idempotencyKey: createIdempotencyKey() });
      } catch (error) {
        for (const checkIn of waiting) await store.put(token, checkIn);
        throw error instanceof BackendError ? error : new BackendError('malformed', String(error));
      }
    }
    await store.eraseOwner(token, this.metaKeys);
    // A new anonymous id, unless the server may still hold data under this one: then a later "Erase my data"
    // must still be able to reach it.
    if (serverToo && (participant.source === 'device' || !participantToken)) await forgetParticipant(store);
    this.history = [];
    this.ownGoals = [];
    this.consented = false;
    this.participant = await resolveParticipant(store, participantToken);
    this.host.requestUpdate();
  }
}
