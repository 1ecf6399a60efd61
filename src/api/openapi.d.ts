// Generated from the server's /v1/openapi.json by scripts/api-types.mjs. Do not edit; run `npm run api:types`.
export interface paths {
  '/healthz': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Is the server up and its database reachable? */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Healthy */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              status: 'ok';
              /** @enum {string} */
              database: 'ok';
            };
          };
        };
        /** @description The database cannot be reached */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              status: 'unavailable';
              /** @enum {string} */
              database: 'unreachable';
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/crisis-resources': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Crisis lines for a region: the shipped ones with the clinic's own merged in
     * @description The crisis lines the widgets ship for the region (in the requested language where shipped, each with its source), with the clinic's configured lines merged in: a clinic line with a shipped line's id replaces it. Opening hours are in the clinic's time zone unless a line names its own.
     */
    get: {
      parameters: {
        query?: {
          region?: string;
          locale?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The lines */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              resources: components['schemas']['CrisisResource'][];
            };
          };
        };
        /** @description Bad query */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/check-ins': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The participant's check-ins, newest first */
    get: {
      parameters: {
        query?: {
          cursor?: string;
          limit?: number;
        };
        header?: {
          authorization?: string;
          'idempotency-key'?: string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A page of check-ins */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              checkIns: components['schemas']['CheckIn'][];
              nextCursor: string | null;
            };
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No or bad participant token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /**
     * Record a check-in
     * @description Needs `Authorization: Bearer <participant token>` and an `Idempotency-Key`; a retry with the same key returns the first result.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          authorization?: string;
          'idempotency-key'?: string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CheckInInput'];
        };
      };
      responses: {
        /** @description Stored */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              checkIn: components['schemas']['CheckIn'];
            };
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No or bad participant token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is larger than the server accepts */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Idempotency key reused for another request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests from this visitor; `Retry-After` says when to try again */
        429: {
          headers: {
            /** @description Seconds to wait */
            'Retry-After': string;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/participants/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Erase everything stored for this participant */
    delete: {
      parameters: {
        query?: never;
        header?: {
          authorization?: string;
          'idempotency-key'?: string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Erased (or there was nothing) */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No or bad participant token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/threads/counts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Published comment counts for many threads in one call */
    get: {
      parameters: {
        query: {
          ids: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Counts by thread */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              counts: {
                [key: string]: number;
              };
            };
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/threads/{thread}/comments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Published comments of a thread
     * @description Answers carry an ETag; `If-None-Match` with it answers 304 while the thread is unchanged.
     */
    get: {
      parameters: {
        query?: {
          sort?: 'oldest' | 'newest' | 'supported';
          cursor?: string;
          limit?: number;
        };
        header?: {
          'if-none-match'?: string;
        };
        path: {
          thread: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A page */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              comments: components['schemas']['Comment'][];
              nextCursor: string | null;
            };
          };
        };
        /** @description Unchanged since the ETag given in If-None-Match */
        304: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /**
     * Post a comment
     * @description Needs an `Idempotency-Key`. 201 when published, 202 when held for review; `reason: "care"` means crisis language was recognised, so the widget shows its author help at once.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          'idempotency-key'?: string;
        };
        path: {
          thread: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CommentInput'];
        };
      };
      responses: {
        /** @description Published */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              comment: components['schemas']['Comment'];
              held: boolean;
              /** @enum {string} */
              reason?: 'care' | 'links' | 'review' | 'first-time';
              editToken: string;
              editableUntil: string;
            };
          };
        };
        /** @description Held for review */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              comment: components['schemas']['Comment'];
              held: boolean;
              /** @enum {string} */
              reason?: 'care' | 'links' | 'review' | 'first-time';
              editToken: string;
              editableUntil: string;
            };
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The same words from the same visitor in this thread a moment ago */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is larger than the server accepts */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Refused (spam signs, too many links, an Idempotency-Key reused for another request) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests from this visitor; `Retry-After` says when to try again */
        429: {
          headers: {
            /** @description Seconds to wait */
            'Retry-After': string;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/comments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A comment's state, for its author's device (edit token; works after the edit window too) */
    get: {
      parameters: {
        query?: never;
        header?: {
          authorization?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The state */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              comment: components['schemas']['Comment'];
              /** @enum {string} */
              status: 'published' | 'held' | 'rejected';
              reason: string | null;
              rejectReason: string | null;
            };
          };
        };
        /** @description Not this device */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No such comment */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete one's own comment within the edit window */
    delete: {
      parameters: {
        query?: never;
        header?: {
          authorization?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Deleted */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed (wrong edit token, or its window has closed) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No such comment */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /**
     * Edit one's own comment within the edit window
     * @description Needs `Authorization: Bearer <edit token>` from the create answer. The edited text is moderated again.
     */
    patch: {
      parameters: {
        query?: never;
        header?: {
          authorization?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            body: string;
          };
        };
      };
      responses: {
        /** @description Edited */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              comment: components['schemas']['Comment'];
              held: boolean;
              reason?: string;
            };
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed (wrong edit token, or its window has closed) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No such comment */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The clinic did not publish this comment */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is larger than the server accepts */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many links */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests from this visitor; `Retry-After` says when to try again */
        429: {
          headers: {
            /** @description Seconds to wait */
            'Retry-After': string;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/v1/comments/{id}/reactions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send support, or say it helped (one of each per visitor per comment) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            kind: 'support' | 'helped';
          };
        };
      };
      responses: {
        /** @description The counts now */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              reactions: {
                support: number;
                helped: number;
              };
            };
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed (wrong edit token, or its window has closed) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No such comment */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is larger than the server accepts */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests from this visitor; `Retry-After` says when to try again */
        429: {
          headers: {
            /** @description Seconds to wait */
            'Retry-After': string;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/comments/{id}/reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Report a comment to the clinic
     * @description A reported comment is held until staff look at it; a report that someone may be at risk is flagged for care.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            reason: 'harmful' | 'spam' | 'crisis' | 'other';
            note?: string;
          };
        };
      };
      responses: {
        /** @description Received */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              received: true;
            };
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed (wrong edit token, or its window has closed) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No such comment */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The body is larger than the server accepts */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests from this visitor; `Retry-After` says when to try again */
        429: {
          headers: {
            /** @description Seconds to wait */
            'Retry-After': string;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/moderation/queue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Held and reported comments, care-flagged first, then oldest */
    get: {
      parameters: {
        query?: {
          limit?: number;
        };
        header?: {
          authorization?: string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description What waits */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                comment: components['schemas']['Comment'];
                reason: string | null;
                care: boolean;
                reports: {
                  reason: string;
                  note: string | null;
                  createdAt: string;
                }[];
              }[];
              counts: {
                waiting: number;
                care: number;
              };
            };
          };
        };
        /** @description No or wrong staff token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/moderation/comments/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Publish a held comment */
    post: {
      parameters: {
        query?: never;
        header?: {
          authorization?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Published */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              comment: components['schemas']['Comment'];
            };
          };
        };
        /** @description No or wrong staff token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No such comment */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/moderation/comments/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reject a comment, with a reason its author's device shows */
    post: {
      parameters: {
        query?: never;
        header?: {
          authorization?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason?: string;
          };
        };
      };
      responses: {
        /** @description Rejected */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              comment: components['schemas']['Comment'];
            };
          };
        };
        /** @description No or wrong staff token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No such comment */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/moderation/comments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete a comment */
    delete: {
      parameters: {
        query?: never;
        header?: {
          authorization?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Deleted */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description No or wrong staff token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No such comment */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/groups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The clinic's whole list of groups
     * @description Filtering and sorting happen in the widget. Supports ETag / If-None-Match and gzip.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Every group */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              groups: components['schemas']['Group'][];
            };
          };
        };
        /** @description Not modified since the ETag given */
        304: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/groups/{slug}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One group */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The group */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              group: components['schemas']['Group'];
            };
          };
        };
        /** @description No such group */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/meeting-guide.json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The list in Meeting Guide format, for other meeting finders and apps */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A Meeting Guide feed */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              [key: string]: unknown;
            }[];
          };
        };
        /** @description Not modified since the ETag given */
        304: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/geocode': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Places for a postal code or city name (United States and Canada), from data shipped with the server */
    get: {
      parameters: {
        query: {
          q: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Up to five places, best first */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              results: components['schemas']['Place'][];
            };
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    CrisisResource: {
      id: string;
      name: string;
      description?: string;
      region?: string;
      channels: {
        /** @enum {string} */
        kind: 'call' | 'text' | 'chat' | 'video' | 'relay';
        value: string;
        body?: string;
        note?: string;
      }[];
      hours?: {
        timeZone?: string;
        weekly: {
          days: number[];
          opens: string;
          closes: string;
        }[];
      };
      emergency?: boolean;
      languages?: string[];
      options?: {
        id: string;
        label: string;
        channels: {
          /** @enum {string} */
          kind: 'call' | 'text' | 'chat' | 'video' | 'relay';
          value: string;
          body?: string;
          note?: string;
        }[];
      }[];
      source?: {
        url: string;
        verified: string;
      };
    };
    Error: {
      error: {
        code: string;
        message: string;
        fields?: {
          [key: string]: string;
        };
      };
    };
    CheckIn: {
      id: string;
      recordedAt: string;
      answers: {
        [key: string]: number;
      };
      note?: string;
      risk: boolean;
    };
    CheckInInput: {
      /** Format: date-time */
      recordedAt?: string;
      answers: {
        [key: string]: number;
      };
      note?: string;
      risk?: boolean;
    };
    Comment: {
      id: string;
      thread: string;
      parentId: string | null;
      name: string;
      body: string;
      createdAt: string;
      updatedAt: string | null;
      reactions: {
        support: number;
        helped: number;
      };
    };
    CommentInput: {
      body: string;
      name?: string;
      /** Format: uuid */
      parentId?: string;
      website?: string;
      startedAt?: number;
    };
    Group: {
      slug: string;
      name: string;
      day: number;
      time: string;
      endTime: string;
      timeZone: string;
      /** @enum {string} */
      attendance: 'in-person' | 'online' | 'hybrid' | 'inactive';
      types: string[];
      location?: string;
      address?: string;
      latitude?: number;
      longitude?: number;
      regions: string[];
      group?: string;
      notes?: string;
      conferenceUrl?: string;
      conferencePhone?: string;
      conferenceNotes?: string;
      url?: string;
      updated?: string;
    };
    Place: {
      label: string;
      latitude: number;
      longitude: number;
      /** @enum {string} */
      country: 'US' | 'CA';
      /** @enum {string} */
      kind: 'postal-code' | 'city';
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
