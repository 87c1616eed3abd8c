import { Router, type Request } from 'express';
import { ObjectId, type Collection } from 'mongodb';
import { z } from 'zod';
import { getDb } from '../db.js';

class ClauseLibrary {
  private get col(): Collection {
    return getDb().collection('clauses');
  }

  listForOrg(orgId: ObjectId) {
    // ok: unscoped-tenant-query
    return getDb().collection('clauses').find({ orgId }).sort({ title: 1 }).toArray();
  }

  findInOrg(orgId: ObjectId, id: string) {
    // ok: unscoped-tenant-query
    return this.col.findOne({ _id: new ObjectId(id), orgId });
  }

  findAny(id: string) {
    // expect: unscoped-tenant-query
    return this.col.findOne({ _id: new ObjectId(id) });
  }
}

const library = new ClauseLibrary();
const orgOf = (req: Request) => req.membership!.orgId;

export const clausesRouter = Router({ mergeParams: true });

clausesRouter.get('/', async (req, res) => {
  res.json(await library.listForOrg(orgOf(req)));
});

clausesRouter.get('/:clauseId', async (req, res) => {
  const clause = await library.findInOrg(orgOf(req), req.params.clauseId);
  if (!clause) return res.sendStatus(404);
  res.json(clause);
});

// used by the clause diff viewer
clausesRouter.get('/:clauseId/history', async (req, res) => {
  const clause = await library.findAny(req.params.clauseId);
  if (!clause) return res.sendStatus(404);
  res.json(clause.history ?? []);
});

const ClauseInput = z.object({ title: z.string().min(1).max(200), body: z.string().max(20_000) });

// ok: missing-input-validation
clausesRouter.post('/', async (req, res) => {
  const input = ClauseInput.parse(req.body);
  const { insertedId } = await getDb().collection('clauses').insertOne({ ...input, orgId: orgOf(req), history: [] });
  res.status(201).json({ _id: insertedId });
});
