import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import * as schema from '../database/schema';

const sqlite = new Database(process.env.DB_FILE || '.data/pawshift.sqlite');
export const db = drizzle(sqlite, { schema });
export const tables = schema;

export function useDb() {
  return db;
}
