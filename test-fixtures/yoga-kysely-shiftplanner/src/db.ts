import { Kysely, PostgresDialect, type Generated, type ColumnType } from 'kysely';
import pg from 'pg';

export interface Database {
  workspaces: { id: Generated<string>; name: string; plan: string; settings: ColumnType<Record<string, unknown>, string, string>; created_at: Generated<Date> };
  users: {
    id: Generated<string>;
    workspace_id: string;
    email: string;
    name: string;
    password_hash: string;
    role: 'owner' | 'manager' | 'staff';
    is_platform_admin: Generated<boolean>;
    hourly_rate_cents: number | null;
  };
  sessions: { id: Generated<string>; user_id: string; token_hash: string; expires_at: Date };
  shifts: { id: Generated<string>; workspace_id: string; user_id: string | null; starts_at: Date; ends_at: Date; location: string | null; note: string | null };
  timeoff_requests: {
    id: Generated<string>;
    workspace_id: string;
    user_id: string;
    starts_on: string;
    ends_on: string;
    reason: string | null;
    status: Generated<'pending' | 'approved' | 'declined'>;
  };
}

const pool = new pg.Pool({
  // expect: hardcoded-secret
  connectionString: process.env.DATABASE_URL ?? 'postgres://shiftly:Sh1ftly-Db-2024@db.shiftly.internal:5432/shiftly',
  max: 10,
});

export const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
export type DB = typeof db;
