import { Router, type RequestHandler } from 'express';
import { LoanController } from '../controllers/LoanController';
import { prisma } from '../db';
import { requireAdmin, requireAuth, requireRole } from '../middleware/auth';
import { adminRouter } from '../routes/admin';
import { reservationRoutes } from '../routes/reservations';
import catalog from '../catalog.json';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

interface RouteDef {
  method: Method;
  path: string;
  middlewares: RequestHandler[];
  handler: RequestHandler;
}

const loans = new LoanController(prisma);

const showCatalog: RequestHandler = (req, res) => {
  const { slug } = req.params;
  if (!slug) return res.json(catalog.categories);
  const category = catalog.categories.find((c) => c.slug === slug);
  return category ? res.json(category) : res.sendStatus(404);
};

// v2 declares its routes as data; the loop below registers them
const routes: RouteDef[] = [
  { method: 'get', path: '/loans', middlewares: [requireAuth], handler: loans.list.bind(loans) },
  { method: 'get', path: '/loans/overdue', middlewares: [requireAuth, requireRole('steward', 'admin')], handler: loans.overdue.bind(loans) },
  // expect: missing-input-validation
  { method: 'post', path: '/loans/:loanId/extend', middlewares: [requireAuth], handler: loans.extend.bind(loans) },
  { method: 'get', path: '/catalog/:slug?', middlewares: [], handler: showCatalog },
];

export const v2 = Router();

for (const r of routes) {
  v2[r.method](r.path, ...r.middlewares, r.handler);
}

for (const { method, path, handlers } of reservationRoutes) {
  v2[method](path, ...handlers);
}

v2.get('/me/loans', requireAuth, loans.mine.bind(loans));
v2.use('/admin', requireAuth, requireAdmin, adminRouter);
