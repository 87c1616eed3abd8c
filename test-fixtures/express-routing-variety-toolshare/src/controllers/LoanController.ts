import type { Request, Response } from 'express';
import type { Db } from '../db';

export class LoanController {
  constructor(private readonly db: Db) {}

  async list(req: Request, res: Response) {
    // ok: unscoped-tenant-query
    const loans = await this.db.loan.findMany({ where: { libraryId: req.user!.libraryId, returned: false } });
    res.json(loans);
  }

  async overdue(req: Request, res: Response) {
    // ok: unscoped-tenant-query
    const loans = await this.db.loan.findMany({
      where: { libraryId: req.user!.libraryId, returned: false, dueAt: { lt: new Date() } },
      include: { member: { select: { email: true } }, tool: true },
    });
    res.json(loans);
  }

  async extend(req: Request, res: Response) {
    const dueAt = new Date(req.body.dueAt);
    // expect: unscoped-tenant-query
    const loan = await this.db.loan.update({ where: { id: req.params.loanId }, data: { dueAt } });
    res.json(loan);
  }

  async mine(req: Request, res: Response) {
    // ok: unscoped-tenant-query
    const loans = await this.db.loan.findMany({ where: { memberId: req.user!.id } });
    res.json(loans);
  }
}
