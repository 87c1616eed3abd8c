// invoice lookups shared by the routes: always within the caller's tenant
export async function findInvoice(db: D1Database, tenantId: string, id: string) {
  return db.prepare('SELECT * FROM invoices WHERE id = ?1 AND tenant_id = ?2').bind(id, tenantId).first<{ id: string; tenant_id: string; status: string }>();
}
