import { createApp } from './app.js';
import { loadConfig } from './config.js';
import { openDatabase } from './db/database.js';

/** The OpenAPI document exactly as the server serves it (no database is touched to produce it). */
export async function openApiDocument(): Promise<unknown> {
  const database = openDatabase('sqlite::memory:');
  try {
    const response = await createApp(loadConfig({}), database).request('/v1/openapi.json');
    return response.json();
  } finally {
    await database.close();
  }
}
