import { Router } from 'express';
import { ObjectId } from 'mongodb';
import { collections, getDb } from '../db.js';

export const publicRouter = Router();

// ok: missing-auth
publicRouter.get('/templates', async (_req, res) => {
  // ok: cors-wildcard
  res.setHeader('Access-Control-Allow-Origin', '*');
  const templates = await getDb().collection('templates').find({ published: true }).project({ body: 0 }).toArray();
  res.json(templates);
});

// Linked from the e-mail digest so counterparties can preview the key terms.
// expect: missing-auth
publicRouter.get('/contracts/:contractId/summary', async (req, res) => {
  const contract = await collections.contracts().findOne(
    { _id: new ObjectId(req.params.contractId) },
    { projection: { title: 1, counterparty: 1, valueCents: 1, startsOn: 1, endsOn: 1 } },
  );
  if (!contract) return res.sendStatus(404);
  res.json(contract);
});
