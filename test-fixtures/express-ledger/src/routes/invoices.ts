import { Router } from 'express';
import { authenticate } from '@/middleware/auth';
import { asyncHandler } from '@/lib/asyncHandler';
import { showInvoice, showScopedInvoice, listWorkspaceExpenses } from '@/controllers/invoiceController';
import { prisma } from '@/lib/prisma';

const router = Router();

// every route below is authenticated by this router-level middleware
router.use(authenticate);

// ok: missing-auth
router.get('/invoices/:invoiceId', asyncHandler(showInvoice));
// ok: missing-auth
router.get('/workspaces/:workspaceId/invoices/:invoiceId', asyncHandler(showScopedInvoice));
// ok: missing-auth
router.get('/workspaces/:workspaceId/expenses', asyncHandler(listWorkspaceExpenses));

router
  .route('/expenses/:id')
  // ok: missing-auth
  .get(
    asyncHandler(async (req, res) => {
      // expect: unscoped-tenant-query
      const expense = await prisma.expense.findUnique({ where: { id: req.params.id } });
      res.json(expense);
    }),
  )
  // ok: missing-auth
  .delete(
    asyncHandler(async (req, res) => {
      const { id } = req.params;
      // expect: unscoped-tenant-query
      await prisma.expense.delete({ where: { id } });
      res.sendStatus(204);
    }),
  );

router.post(
  '/expenses/bulk-delete',
  asyncHandler(async (req, res) => {
    const ids: string[] = req.body.ids;
    // expect: unscoped-tenant-query
    const result = await prisma.expense.deleteMany({ where: { id: { in: ids } } });
    res.json({ deleted: result.count });
  }),
);

export default router;
