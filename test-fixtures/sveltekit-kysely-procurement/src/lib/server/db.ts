import { Kysely, PostgresDialect, type Generated } from 'kysely';
import pg from 'pg';
import { env } from '$env/dynamic/private';

export interface Database {
  organizations: { id: string; name: string; plan: string; stripe_customer_id: string | null };
  users: { id: string; email: string; password_hash: string; name: string; organization_id: string; role: 'requester' | 'approver' | 'org_admin'; is_platform_admin: boolean };
  sessions: { id: string; user_id: string; expires_at: Date };
  vendors: { id: string; organization_id: string; name: string; tax_id: string | null; bank_account: string | null };
  purchase_requests: {
    id: string;
    organization_id: string;
    requester_id: string;
    vendor_id: string | null;
    title: string;
    amount_cents: number;
    status: 'pending' | 'approved' | 'rejected' | 'ordered';
    created_at: Generated<Date>;
  };
  comments: { id: string; request_id: string; author_id: string; body: string };
  attachments: { id: string; organization_id: string; request_id: string; file_name: string; storage_key: string };
}

export const db = new Kysely<Database>({
  dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: env.DATABASE_URL }) }),
});
