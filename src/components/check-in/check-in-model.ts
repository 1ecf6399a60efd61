/**
 * The shapes the check-in's parts share: what is stored (numbers keyed by stable item ids), and how a
 * questionnaire is described for the form, the chart and the exports. No DOM, no strings of its own.
 */

/** Stable item id → number. Ids are lower-case letters, digits and `-` (the server's rule). */
export type Answers = Record<string, number>;

/** A check-in as this device knows it: sent (with the server's id) or still waiting to be sent. */
export interface StoredCheckIn {
  /** The idempotency key it was (or will be) sent with; `server:<id>` for one only the server had. */
  key: string;
  /** The server's id, once sent. */
  id?: string;
  /** ISO 8601. */
  recordedAt: string;
  answers: Answers;
  note?: string;
  risk: boolean;
  /** Saved on this device and not yet accepted by the server. */
  pending?: boolean;
}

/** A coded value in FHIR terms (LOINC answer codes such as LA6568-5). */
export interface Coding {
  system: string;
  code: string;
  display?: string;
}

export interface ChoiceOption {
  value: number;
  /** Words, in the language being shown. */
  label: string;
  code?: Coding;
}

export interface QuestionDefinition {
  /** Stable item id: the key in `Answers`, the FHIR linkId. */
  id: string;
  /** The full question, as asked (published wording for validated scales). */
  text: string;
  /** Short, for column headings and chart labels. */
  label: string;
  /** LOINC code of the question, where one exists. */
  loinc?: string;
  min: number;
  max: number;
  /** Choices with words; absent for plain numbers (cravings 0–10). */
  options?: ChoiceOption[];
}

export interface ScoreDefinition {
  /** Computed, never stored: e.g. `phq9-total`. */
  id: string;
  label: string;
  loinc?: string;
  min: number;
  max: number;
  /** Undefined when the answers are not enough for a score (a screener that stopped, items left blank). */
  compute(answers: Answers): number | undefined;
}

export interface QuestionnaireDefinition {
  /** `daily`, `phq-9`, `gad-7`, `who-5`. */
  id: string;
  title: string;
  /** LOINC code of the panel, where one exists (PHQ-9 44249-1). */
  loinc?: string;
  /** The instruction before the questions ("Over the last 2 weeks, how often…"). */
  intro?: string;
  questions: QuestionDefinition[];
  score?: ScoreDefinition;
}
