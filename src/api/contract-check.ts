/**
 * Compile-time checks that the browser library's types are the server's contract: `npm run typecheck`
 * fails here when the OpenAPI document (src/api/openapi.d.ts, generated from it) and these types drift.
 * Types only; nothing here reaches a bundle.
 */
import type { components, paths } from './openapi.js';
import type { PeerGroup } from './meeting-guide.js';
import type { CrisisResource, Place } from './types.js';
import type {
  CommentPage,
  EditedComment,
  ModerationQueue,
  NewComment,
  OwnCommentState,
  PeerComment,
  PostedComment,
  ReportReason,
} from './comment-types.js';
import type { CheckIn, CheckInPage, NewCheckIn } from './check-in-types.js';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;
type Assignable<From, To> = [From] extends [To] ? true : false;

export type CrisisResourceMatchesContract = Expect<Equal<CrisisResource, components['schemas']['CrisisResource']>>;
export type CrisisAnswerMatchesContract = Expect<
  Equal<
    { resources: CrisisResource[] },
    paths['/v1/crisis-resources']['get']['responses'][200]['content']['application/json']
  >
>;
export type ErrorShapeMatchesContract = Expect<
  Equal<{ error: { code: string; message: string; fields?: Record<string, string> } }, components['schemas']['Error']>
>;

export type GroupMatchesContract = Expect<Equal<PeerGroup, components['schemas']['Group']>>;
export type GroupsAnswerMatchesContract = Expect<
  Equal<{ groups: PeerGroup[] }, paths['/v1/groups']['get']['responses'][200]['content']['application/json']>
>;
/**
 * Not equality: the reference server knows only US and Canadian places and always says which kind, but a
 * host page's own geocoder (given to a Meeting Guide source) may know neither. Every place the server sends
 * must still be a `Place`.
 */
export type PlaceAcceptsContract = Expect<Assignable<components['schemas']['Place'], Place>>;
export type GeocodeAnswerAcceptsContract = Expect<
  Assignable<paths['/v1/geocode']['get']['responses'][200]['content']['application/json'], { results: Place[] }>
>;

type Json<P extends keyof paths, M extends keyof paths[P], S extends number> = paths[P][M] extends {
  responses: { [K in S]: { content: { 'application/json': infer Body } } };
}
  ? Body
  : never;

export type CommentMatchesContract = Expect<Equal<PeerComment, components['schemas']['Comment']>>;
export type CommentPageMatchesContract = Expect<Equal<CommentPage, Json<'/v1/threads/{thread}/comments', 'get', 200>>>;
export type NewCommentMatchesContract = Expect<Equal<NewComment, components['schemas']['CommentInput']>>;
export type PostedCommentMatchesContract = Expect<
  Equal<PostedComment, Json<'/v1/threads/{thread}/comments', 'post', 201>>
>;
export type EditedCommentMatchesContract = Expect<Equal<EditedComment, Json<'/v1/comments/{id}', 'patch', 200>>>;
export type OwnCommentMatchesContract = Expect<Equal<OwnCommentState, Json<'/v1/comments/{id}', 'get', 200>>>;
export type QueueMatchesContract = Expect<Equal<ModerationQueue, Json<'/v1/moderation/queue', 'get', 200>>>;
export type ReportMatchesContract = Expect<
  Equal<
    { reason: ReportReason; note?: string },
    NonNullable<paths['/v1/comments/{id}/reports']['post']['requestBody']>['content']['application/json']
  >
>;

export type CheckInMatchesContract = Expect<Equal<CheckIn, components['schemas']['CheckIn']>>;
export type NewCheckInMatchesContract = Expect<Equal<NewCheckIn, components['schemas']['CheckInInput']>>;
export type CheckInPageMatchesContract = Expect<Equal<CheckInPage, Json<'/v1/check-ins', 'get', 200>>>;
export type SubmittedCheckInMatchesContract = Expect<Equal<{ checkIn: CheckIn }, Json<'/v1/check-ins', 'post', 201>>>;
