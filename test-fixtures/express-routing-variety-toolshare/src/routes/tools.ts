import { Router } from 'express';
import { z } from 'zod';
import type { Db } from '../db';
import { requireRole } from '../middleware/auth';
import { validate } from '../middleware/validate';

const toolPatch = z.object({ name: z.string().min(1).optional(), condition: z.enum(['good', 'worn', 'broken']).optional() });

export interface ToolsDeps {
  prisma: Db;
}

export function makeToolsRouter(deps: ToolsDeps) {
  const { prisma } = deps;
  const r = Router();

  // two spellings kept for the old mobile app
  r.get(['/', '/all'], async (req, res) => {
    // ok: unscoped-tenant-query
    const tools = await prisma.tool.findMany({ where: { libraryId: req.user!.libraryId }, orderBy: { name: 'asc' } });
    res.json(tools);
  });

  r.route('/:toolId')
    .get(async (req, res) => {
      // expect: unscoped-tenant-query
      const tool = await prisma.tool.findUnique({ where: { id: req.params.toolId } });
      if (!tool) return res.sendStatus(404);
      res.json(tool);
    })
    .patch(validate(toolPatch), async (req, res) => {
      // ok: unscoped-tenant-query
      const { count } = await prisma.tool.updateMany({
        where: { id: req.params.toolId, libraryId: req.user!.libraryId },
        data: req.body,
      });
      res.sendStatus(count ? 204 : 404);
    })
    .delete(requireRole('steward', 'admin'), async (req, res) => {
      // ok: unscoped-tenant-query
      await prisma.tool.deleteMany({ where: { id: req.params.toolId, libraryId: req.user!.libraryId } });
      res.sendStatus(204);
    });

  // /:toolId/history and /:toolId/history/2
  r.get('/:toolId/history/:page?', async (req, res) => {
    const page = Math.max(1, Number(req.params.page ?? 1));
    // ok: unscoped-tenant-query
    const loans = await prisma.loan.findMany({
      where: { toolId: req.params.toolId, libraryId: req.user!.libraryId },
      skip: (page - 1) * 20,
      take: 20,
    });
    res.json(loans);
  });

  // the waiting list: every verb below passes the steward check first
  r.route('/:toolId/waitlist')
    .all(requireRole('steward', 'admin'))
    .get(async (req, res) => {
      // ok: unscoped-tenant-query
      const loans = await prisma.loan.findMany({ where: { toolId: req.params.toolId, libraryId: req.user!.libraryId, returned: false } });
      res.json(loans);
    })
    .delete(async (req, res) => {
      // ok: unscoped-tenant-query
      await prisma.loan.deleteMany({ where: { toolId: req.params.toolId, libraryId: req.user!.libraryId, returned: false } });
      res.sendStatus(204);
    });

  return r;
}
