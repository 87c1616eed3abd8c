import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';

export interface DB {
  organizations: { id: string; name: string; plan: string; stripe_customer_id: string | null };
  users: { id: string; org_id: string; email: string; password_hash: string; role: string; email_status: string };
  projects: { id: string; org_id: string; name: string; archived: boolean };
  tasks: { id: string; org_id: string; project_id: string; title: string; status: string; assignee_id: string | null };
  attachments: { id: string; org_id: string; task_id: string; file_name: string; mime: string };
  plans: { id: string; name: string; price_cents: number };
}

export const db = new Kysely<DB>({
  dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: process.env.DATABASE_URL }) }),
});
