import { Kysely, PostgresDialect } from 'kysely';
import { Pool } from 'pg';

export interface DB {
  teams: { id: string; name: string; created_at: Date };
  projects: { id: string; team_id: string; name: string; created_at: Date };
}

export const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: new Pool({ connectionString: process.env.DATABASE_URL }) }) });
