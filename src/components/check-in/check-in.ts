import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues } from 'lit';
import { createIdempotencyKey } from '../../api/rest-backend.js';
import { PeerElement } from '../../core/base-element.js';
import { themeTokens } from '../../core/theme.js';
import type { Answers, StoredCheckIn } from './check-in-model.js';
import { checkInStyles } from './check-in.styles.js';
import { choiceGroup } from './choice-group.js';
import { dailyQuestion, parseGoals, parseItems, type Goal } from './daily-items.js';
import { PeerCheckInSavedEvent, PeerRiskDetectedEvent, type RiskSource } from './events.js';
import type { Participant } from './participant.js';
import { CheckInRecords } from './check-in-records.js';
import { CheckInParts } from './check-in-parts.js';
import { careHelp } from './care-help.js';
import { consentSection } from './consent-section.js';
import { goalSection } from './goal-section.js';
import type { PrivacyHost } from './privacy-section.js';
import { sendStatus, type Status } from './check-in-text.js';

const MAX_NOTE = 2000;
const NOT_STARTED = Symbol('not started');

/**
 * A daily check-in for a person in recovery: mood, cravings, sleep, stress, reaching out, feeling safe and
 * their goals, with optional validated scales (PHQ-9, GAD-7, WHO-5), then their progress over time.
 * Everything is kept on the device first and sent when it can be: nothing typed is lost offline. An answer
 * that says they may not be safe shows crisis help at once, before and whatever the network does.
 *
 * @tagname peer-check-in
 * @summary Daily check-in with safety routing, offline queue, progress chart and export.
 * @csspart base - The outer section.
 * @csspart form - The questions.
 * @slot consent - The clinic's own consent words, shown before the first check-in.
 * @cssprop --peer-check-in-accent - Buttons, chosen answers and chart lines (from `--peer-color-primary`).
 * @cssprop --peer-check-in-border - Lines around questions (from `--peer-color-outline`).
 * @event peer-risk-detected - An answer suggests the person may be at risk; `source` says which.
 * @event peer-check-in-saved - Saved on the device; `checkIn`, and `sent` when the server has it.
 * @event peer-crisis-contact - The person followed a crisis line's link in the help shown to them; detail `{ channel, resourceId, optionId? }`.
 */
export class PeerCheckIn extends PeerElement implements PrivacyHost {
  static formAssociated = true;
  static override styles = [themeTokens, checkInStyles];

  static override properties = {
    heading: { type: String },
    items: { type: String },
    goals: { attribute: 'goals' },
    scales: { type: String },
    screeners: { type: Boolean },
    scaleInterval: { type: Number, attribute: 'scale-interval' },
    participantToken: { type: String, attribute: 'participant-token' },
    consent: { type: String },
    name: { type: String, reflect: true },
    answers: { state: true },
    note: { state: true },
    status: { state: true },
    error: { state: true },
    saved: { state: true },
    disabled: { state: true },
  };

  /** Default "How are you doing today?". */
  declare heading?: string;
  /** Which daily questions to ask, e.g. "mood sleep safe". Default all six. */
  declare items?: string;
  /** The clinic's goals: a JSON array of `{ "id", "label" }` (or the array as a property). */
  declare goals?: string | Goal[];
  /** Validated scales to offer when due: any of "phq-9 gad-7 who-5". */
  declare scales?: string;
  /** Ask PHQ-2 and GAD-2 first; the rest of each scale only when its screener is positive (3 or more). */
  declare screeners: boolean;
  /** Days between validated scales. Default 14 (they ask about the last two weeks). */
  declare scaleInterval: number;
  /** A token the clinic issued; else `?participant=` in the link, else an anonymous id made on this device. */
  declare participantToken?: string;
  /** The consent words, when the clinic does not put its own in the `consent` slot. */
  declare consent?: string;
  /** The field name when it sits inside a form. */
  declare name?: string;
  /** The answers given so far, by question id (inside a form, also the field's value). */
  declare answers: Answers;
  /** @internal */
  declare note: string;
  /** @internal */
  declare status: Status;
  /** @internal */
  declare error: string;
  /** The check-in just saved, for the thank-you and the scale results. */
  declare saved?: StoredCheckIn;
  declare disabled: boolean;

  private readonly internals = this.attachInternals();
  private readonly records = new CheckInRecords(this, () => this.backend);
  /** @internal */
  consentChecked = false;
  private riskShown = new Set<RiskSource>();
  private readonly parts = new CheckInParts(this);
  /** The validated scales wait behind a button, so that a daily check-in stays a minute long. */
  private scalesState: 'closed' | 'open' | 'skipped' = 'closed';
  private busy = false;
  /** The `participant-token` the records on screen were read for. */
  private startedFor: string | undefined | typeof NOT_STARTED = NOT_STARTED;
  private draftTimer?: ReturnType<typeof setTimeout>;
  private focusTarget?: string;
  private readonly onOnline = () => void this.sendNow();
  private readonly onVisible = () => {
    // Hidden: an app switch (to call a crisis line) may suspend the page before the draft timer runs.
    if (document.visibilityState === 'visible') void this.sendNow();
    else this.flushDraft();
  };
  private retryTimer?: ReturnType<typeof setTimeout>;
  private retries = 0;
  /** The backend check-ins were last sent to: one that arrives later gets what waits. */
  private sentWith?: object;

  constructor() {
    super();
    this.screeners = false;
    this.scaleInterval = 14;
    this.answers = {};
    this.note = '';
    this.error = '';
    this.disabled = false;
  }

  /** Whose check-ins these are: a clinic's token or an anonymous id made on this device. */
  get participant(): Participant | undefined {
    return this.records.participant;
  }

  /** Sent and waiting check-ins, from this device and the backend, oldest first. */
  get history(): StoredCheckIn[] {
    return this.records.history;
  }

  /** False when this browser keeps nothing past the page (IndexedDB blocked, as in some private modes). */
  get keptOnDevice(): boolean {
    return this.records.store?.persistent !== false;
  }

  /** @internal */
  get ownGoals(): Goal[] {
    return this.records.ownGoals;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('online', this.onOnline);
    addEventListener('pagehide', this.onVisible);
    document.addEventListener('visibilitychange', this.onVisible);
    void this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('online', this.onOnline);
    removeEventListener('pagehide', this.onVisible);
    document.removeEventListener('visibilitychange', this.onVisible);
    clearTimeout(this.retryTimer);
    this.flushDraft();
  }

  /** Inside a clinic's form the form sends the answers; the widget only collects them. */
  private get inForm(): boolean {
    return !!this.internals.form;
  }

  private async start(): Promise<void> {
    this.startedFor = this.participantToken;
    const draft = await this.records.open(this.participantToken);
    if (draft && !Object.keys(this.answers).length && !this.note) {
      this.answers = draft.answers ?? {};
      this.note = draft.note ?? '';
      this.checkRisk();
    }
    this.updateFormValue();
    // In a clinic's form, the form sends the answers: once it does, they are no longer a draft.
    if (this.inForm) return this.internals.form!.addEventListener('submit', () => this.records.saveDraft(undefined));
    await this.sendNow();
    if (this.parts.progress) await this.records.refresh(this.parts.progress.refreshHistory);
  }

  /** Sends what waits on the device; says what happened only when there is something to say. */
  async sendNow(): Promise<void> {
    clearTimeout(this.retryTimer);
    this.sentWith = this.backend;
    const result = this.inForm ? undefined : await this.records.send();
    const status = result && sendStatus(result, this.saved?.key, this.config.clinic);
    if (status) this.status = status;
    // A server that is down or busy while the device is online: try again, less and less often (a risk
    // check-in must reach the clinic without waiting for the next visit). An answer that could not be read
    // may follow a stored check-in: sending again with its key only confirms it.
    if (result?.error?.retryable || result?.error?.kind === 'malformed') {
      this.retryTimer = setTimeout(() => void this.sendNow(), 30_000 * 4 ** Math.min(this.retries++, 2));
    } else this.retries = 0;
  }

  protected override firstUpdated(): void {
    // Crisis help first, at once: an answer may call for it before the network can be trusted.
    void this.parts.withCare();
    const later = () => void this.withProgress();
    if ('requestIdleCallback' in window) requestIdleCallback(later, { timeout: 2000 });
    else setTimeout(later, 300);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.participant && this.backend && this.backend !== this.sentWith) void this.sendNow();
    // Another person (a clinic's token set or changed after start): nothing of the previous one stays.
    if (
      changed.has('participantToken') &&
      this.startedFor !== NOT_STARTED &&
      this.startedFor !== this.participantToken
    ) {
      this.flushDraft();
      this.answers = {};
      this.note = '';
      this.saved = undefined;
      this.status = undefined;
      this.riskShown = new Set();
      this.consentChecked = false;
      this.scalesState = 'closed';
      void this.start();
    }
  }

  protected override updated(): void {
    const target = this.focusTarget && this.renderRoot.querySelector<HTMLElement>(this.focusTarget);
    if (!target) return;
    this.focusTarget = undefined;
    target.focus({ preventScroll: true });
    target.scrollIntoView?.({ block: 'center' });
  }

  focusLater(selector: string): void {
    this.focusTarget = selector;
    this.requestUpdate();
  }

  /** @internal */
  get scaleIds(): string[] {
    return (this.scales ?? '').split(/[\s,]+/).filter((id) => ['phq-9', 'gad-7', 'who-5'].includes(id));
  }

  private async withProgress(): Promise<void> {
    // Progress and "your data" belong to the person's own page, not to a clinic's form.
    const part = this.inForm ? undefined : await this.parts.withProgress();
    if (part) await this.records.refresh(part.refreshHistory);
  }

  /** @internal */
  get goalList(): Goal[] {
    const clinic = Array.isArray(this.goals) ? parseGoals(this.goals) : parseGoals(this.goals ?? '[]');
    return [...clinic, ...this.records.ownGoals];
  }

  /** @internal */
  choose = (id: string, value: number): void => {
    this.answers = { ...this.answers, [id]: value };
    this.checkRisk();
    this.changed();
  };

  /** Help appears the moment an answer calls for it, and stays for the rest of the visit. */
  private checkRisk(): void {
    if (this.answers['safe'] === 0) this.showCare('not-safe');
    if ((this.answers['phq9-9'] ?? 0) > 0) this.showCare('phq9-item-9');
  }

  private showCare(source: RiskSource): void {
    if (this.riskShown.has(source)) return;
    this.riskShown = new Set([...this.riskShown, source]);
    this.requestUpdate();
    this.emit(new PeerRiskDetectedEvent(source));
  }

  private get risk(): boolean {
    return this.answers['safe'] === 0 || (this.answers['phq9-9'] ?? 0) > 0 || this.riskShown.has('note');
  }

  private changed(): void {
    this.error = '';
    if (this.saved) {
      this.saved = undefined;
      this.status = undefined;
    }
    this.updateFormValue();
    clearTimeout(this.draftTimer);
    this.draftTimer = setTimeout(() => {
      this.flushDraft();
      this.readNote();
    }, 300);
  }

  private flushDraft(): void {
    clearTimeout(this.draftTimer);
    const empty = !Object.keys(this.answers).length && !this.note;
    this.records.saveDraft(empty ? undefined : { answers: this.answers, note: this.note });
  }

  /** The answers the person gave to questions still on screen (a negative screener drops the rest). */
  private get submittable(): Answers {
    return this.parts.scales ? this.parts.scales.keptAnswers(this.answers, this.screeners) : this.answers;
  }

  private updateFormValue(): void {
    const answers = this.submittable;
    const has = Object.keys(answers).length > 0;
    this.internals.setFormValue(
      has ? JSON.stringify({ answers, ...(this.note ? { note: this.note } : {}), risk: this.risk }) : null,
    );
  }

  formResetCallback(): void {
    this.clearForm();
  }

  formDisabledCallback(disabled: boolean): void {
    this.disabled = disabled;
  }

  clearForm(): void {
    this.answers = {};
    this.note = '';
    this.error = '';
    this.changed();
  }

  /** Crisis words in the note: help at once, whatever else the form has to say. */
  private readNote(): void {
    if (!this.note || !this.parts.care?.detectCrisisLanguage(this.note).risk) return;
    this.showCare('note');
    this.updateFormValue();
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy || !this.participant) return;
    this.readNote();
    const answers = this.submittable;
    if (!Object.keys(answers).length) {
      this.error = msg('Answer at least one question, then save.');
      this.focusLater('#check-in-error');
      return;
    }
    if (!this.records.consented && !this.consentChecked) {
      this.error = msg('Please read the note about your data and tick “I agree” first.');
      this.focusLater('#consent-agree');
      return;
    }
    if (this.note.length > MAX_NOTE) {
      this.error = msg(str`Your note is longer than ${MAX_NOTE} characters. Please shorten it; nothing is lost.`);
      this.focusLater('#note');
      return;
    }
    this.busy = true;
    try {
      // Fetched at first render; tried again here if that failed, briefly: saving must not wait on a network
      // that hangs (the server reads the note too).
      if (this.note && !this.parts.care) {
        await Promise.race([this.parts.withCare(), new Promise((done) => setTimeout(done, 1500))]);
        this.readNote();
      }
      const checkIn: StoredCheckIn = {
        key: createIdempotencyKey(),
        recordedAt: new Date().toISOString(),
        answers,
        ...(this.note.trim() ? { note: this.note.trim() } : {}),
        risk: this.risk,
        pending: true,
      };
      await this.records.keep(checkIn);
      this.answers = {};
      this.note = '';
      this.flushDraft();
      this.updateFormValue();
      this.saved = checkIn;
      this.status = { kind: 'saving', text: msg('Saved on this device. Sending…') };
      this.focusLater('#saved-heading');
      await this.sendNow();
      const sent = !!this.history.find((item) => item.key === checkIn.key && !item.pending);
      if (!sent && this.status?.kind === 'saving')
        this.status = {
          kind: 'waiting',
          // A backend without check-ins (or none at all) will never send it: "when you are back online" would mislead.
          text: this.records.source
            ? msg('Saved on this device. It will be sent when you are back online.')
            : msg('Saved on this device only. This page does not send check-ins to the clinic.'),
        };
      this.emit(new PeerCheckInSavedEvent(checkIn, sent));
    } catch {
      this.error = msg('This browser could not save your check-in. Your answers are still here; please try again.');
      this.focusLater('#check-in-error');
    } finally {
      this.busy = false;
    }
  }

  async erase(serverToo: boolean): Promise<void> {
    await this.records.erase(serverToo, this.participantToken);
    this.answers = {};
    this.note = '';
    this.saved = undefined;
    this.status = undefined;
    this.consentChecked = false;
    this.flushDraft();
  }

  async addGoal(label: string): Promise<void> {
    const goal: Goal = { id: `my-${createIdempotencyKey().slice(0, 8)}`, label, own: true };
    await this.records.setOwnGoals([...this.records.ownGoals, goal]);
  }

  async removeGoal(id: string): Promise<void> {
    const answers = { ...this.answers };
    delete answers[`goal-${id}`];
    this.answers = answers;
    this.changed();
    await this.records.setOwnGoals(this.records.ownGoals.filter((goal) => goal.id !== id));
  }

  /** Shown once, beside the first answer that called for it. */
  private careHelp(source: RiskSource) {
    return [...this.riskShown][0] === source
      ? careHelp(!!(this.parts.care || customElements.get('peer-crisis-banner')))
      : nothing;
  }

  private renderQuestions() {
    const disabled = this.disabled;
    const daily = parseItems(this.items);
    return html`${daily.map(
        (id) =>
          html`${choiceGroup(dailyQuestion(id), this.answers[id], this.choose, disabled)}
          ${id === 'safe' ? this.careHelp('not-safe') : nothing}`,
      )}
      ${goalSection(this, this.parts.progress?.ownGoalTools(this))} ${this.renderScales()}
      <div class="field">
        <label for="note">${msg('Anything else you want to note? (optional)')}</label>
        <textarea
          id="note"
          rows="3"
          .value=${this.note}
          ?disabled=${disabled}
          aria-describedby="note-count"
          aria-invalid=${this.note.length > MAX_NOTE ? 'true' : 'false'}
          @input=${(event: Event) => {
            this.note = (event.target as HTMLTextAreaElement).value;
            this.changed();
          }}
        ></textarea>
        <p class="hint" id="note-count">${msg(str`${this.note.length} of ${MAX_NOTE} characters`)}</p>
      </div>
      ${this.careHelp('note')}`;
  }

  private renderScales() {
    if (!this.scaleIds.length) return nothing;
    // Fetched the first time a clinic's `scales` asks for them, whenever it is set.
    if (!this.parts.scales) void this.parts.withScales();
    return this.parts.scales?.renderScales(this.scaleContext()) ?? nothing;
  }

  /** For the scales part: the same answers, chooser and care as the daily questions. */
  scaleContext() {
    return {
      answers: this.answers,
      choose: this.choose,
      disabled: this.disabled,
      screeners: this.screeners,
      care: this.careHelp('phq9-item-9'),
      locale: this.locale,
      ids: this.scaleIds,
      history: this.history,
      intervalDays: this.scaleInterval,
      state: this.scalesState,
      setState: (state: 'open' | 'skipped') => {
        this.scalesState = state;
        this.focusLater(state === 'open' ? '.scale input' : '#note');
      },
    };
  }

  private renderConsent() {
    if (this.records.consented || this.inForm) return nothing;
    return consentSection({
      clinic: this.config.clinic,
      sent: !!this.records.source,
      words: this.consent,
      checked: this.consentChecked,
      change: (checked) => {
        this.consentChecked = checked;
        this.error = '';
      },
    });
  }

  private renderSaved() {
    const saved = this.saved;
    if (!saved) return nothing;
    return html`<section class="saved" aria-labelledby="saved-heading">
      <h3 id="saved-heading" tabindex="-1">${msg('Thank you for checking in')}</h3>
      ${saved.risk ? this.careHelp([...this.riskShown][0] ?? 'not-safe') : nothing}
      ${this.parts.scales?.renderResults(saved.answers, this.screeners) ?? nothing}
      <button type="button" @click=${() => this.newCheckIn()}>${msg('Start another check-in')}</button>
    </section>`;
  }

  private newCheckIn(): void {
    this.saved = undefined;
    this.status = undefined;
    this.riskShown = new Set();
    this.focusLater('fieldset input');
  }

  override render() {
    const inForm = this.inForm;
    return html`<section part="base" aria-labelledby="heading">
      <h2 id="heading">${this.heading ?? msg('How are you doing today?')}</h2>
      <p class="status" role="status">${this.status?.text ?? ''}</p>
      ${
        this.saved
          ? this.renderSaved()
          : html`<form part="form" novalidate @submit=${this.submit}>
              <p class="hint">${msg('Every question is optional. It takes about a minute.')}</p>
              ${this.renderQuestions()} ${this.renderConsent()}
              <p class="error" id="check-in-error" role="alert" tabindex="-1">${this.error}</p>
              ${
                inForm
                  ? nothing
                  : html`<div class="buttons">
                      <button class="primary" type="submit" ?disabled=${this.disabled}>${msg('Save check-in')}</button>
                      <button type="button" @click=${() => this.clearForm()}>${msg('Clear answers')}</button>
                    </div>`
              }
            </form>`
      }
      ${
        !inForm && this.parts.progress
          ? html`<peer-check-in-progress
              .checkIns=${this.history}
              .measures=${this.parts.progress.progressMeasures()}
            ></peer-check-in-progress>`
          : nothing
      }
      ${inForm ? nothing : this.parts.progress?.privacySection(this)}
    </section>`;
  }
}
