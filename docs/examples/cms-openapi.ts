// A part of what openapi-typescript generates from the clinic CMS's OpenAPI document. A real project
// generates this file from the CMS's own document; it stands here so that the guide's contract check
// (docs/custom-backend.md) compiles, and it is written as a generator writes it: from the document alone,
// knowing nothing of the adapter it is checked against.
export interface paths {
  '/api/posts/{slug}/replies': {
    get: {
      parameters: { path: { slug: string }; query?: { page?: number; order?: 'asc' | 'desc' } };
      responses: {
        200: {
          content: {
            'application/json': {
              data: {
                uuid: string;
                author: { display: string | null };
                text: string;
                text_html: string;
                /** Seconds since 1970. */
                created: number;
                parent_uuid: string | null;
              }[];
              meta: { next_page: number | null };
            };
          };
        };
      };
    };
  };
}
