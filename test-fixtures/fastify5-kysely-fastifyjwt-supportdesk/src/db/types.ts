import type { Generated } from 'kysely';

export interface Database {
  tenants: { id: Generated<string>; name: string; subdomain: string; plan: string };
  users: { id: Generated<string>; tenant_id: string; email: string; name: string; password_hash: string; role: string; reset_token_hash: string | null };
  tickets: { id: Generated<string>; tenant_id: string; subject: string; body: string; status: string; priority: string; requester_email: string; assignee_id: string | null; created_at: Generated<Date> };
  ticket_comments: { id: Generated<string>; tenant_id: string; ticket_id: string; author_id: string | null; body: string; internal: boolean };
  attachments: { id: Generated<string>; tenant_id: string; ticket_id: string; filename: string; mime: string; storage_key: string };
  api_keys: { id: Generated<string>; tenant_id: string; key_hash: string; label: string };
  kb_articles: { id: Generated<string>; tenant_id: string; slug: string; title: string; body: string; published: boolean };
}
