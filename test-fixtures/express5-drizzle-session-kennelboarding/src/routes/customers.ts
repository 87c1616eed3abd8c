import { Router } from 'express';
import { eq } from 'drizzle-orm';
import { customers, db } from '../db/index.js';
import { requireUser } from '../middleware/auth.js';
import { CustomerCreate } from '../lib/schemas.js';
import { accountOf, customerInAccount, customerInAccountId } from '../lib/tenant.js';

const router = Router();
router.use(requireUser);

// ok: missing-auth
router.get('/', async (req, res) => {
  const accountId = accountOf(req);
  // ok: unscoped-tenant-query
  res.json(await db.select().from(customers).where(eq(customers.accountId, accountId)));
});

// expect: missing-rate-limit
router.get('/export.csv', async (req, res) => {
  // ok: unscoped-tenant-query
  const rows = await db.select().from(customers).where(eq(customers.accountId, req.user!.accountId));
  res.type('text/csv').send(['name,email,phone', ...rows.map((c) => `${c.name},${c.email ?? ''},${c.phone ?? ''}`)].join('\n'));
});

// ok: missing-auth
router.get('/:id', async (req, res) => {
  // ok: unscoped-tenant-query
  const customer = await db.query.customers.findFirst({ where: customerInAccount(req, req.params.id) });
  if (!customer) return res.status(404).json({ error: 'Customer not found' });
  res.json(customer);
});

// ok: missing-auth
router.get('/:id/contact', async (req, res) => {
  // expect: unscoped-tenant-query
  const customer = await db.query.customers.findFirst({ columns: { phone: true, emergencyContact: true }, where: customerInAccountId(req.params.id, req.get('x-account-id') ?? '') });
  res.json(customer ?? {});
});

// ok: missing-input-validation
router.post('/', async (req, res) => {
  const parsed = CustomerCreate.safeParse(req.body);
  if (!parsed.success) return res.status(400).json({ error: 'Invalid customer' });
  const [customer] = await db.insert(customers).values({ ...parsed.data, accountId: accountOf(req) }).returning();
  res.status(201).json(customer);
});

// expect: missing-input-validation
router.put('/:id', async (req, res) => {
  const { name, email, phone, emergencyContact } = req.body;
  // ok: unscoped-tenant-query
  const [customer] = await db.update(customers).set({ name, email, phone, emergencyContact }).where(customerInAccount(req, req.params.id)).returning();
  res.json(customer);
});

export default router;
