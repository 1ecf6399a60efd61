// A part of what openapi-typescript generates from the clinic CMS's OpenAPI document (docs/custom-backend.md
// pins the adapter's wire types to it). A real project generates this file; it is written out here so that
// the guide's example compiles.
import type { CmsReply } from './custom-backend.js';

export interface paths {
  '/api/posts/{slug}/replies': {
    get: {
      parameters: { path: { slug: string }; query?: { page?: number; order?: 'asc' | 'desc' } };
      responses: {
        200: {
          content: {
            'application/json': { data: CmsReply[]; meta: { next_page: number | null } };
          };
        };
      };
    };
  };
}
