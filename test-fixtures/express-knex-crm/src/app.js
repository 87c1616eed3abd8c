const express = require('express');
const passport = require('passport');
const db = require('./db');

const app = express();
app.use(express.json());
const requireJwt = passport.authenticate('jwt', { session: false });

// ok: missing-auth
app.get('/api/deals', requireJwt, async (req, res) => {
  // ok: unscoped-tenant-query
  const deals = await db('deals').where({ company_id: req.user.companyId }).orderBy('id', 'desc');
  res.json(deals);
});

app.get('/api/deals/:id', requireJwt, async (req, res) => {
  // expect: unscoped-tenant-query
  const deal = await db('deals').where('id', req.params.id).first();
  res.json(deal);
});

// the title goes from the body into the row unchecked
// expect: missing-input-validation
app.put('/api/deals/:id', requireJwt, async (req, res) => {
  // ok: unscoped-tenant-query
  await db('deals').where({ id: req.params.id, company_id: req.user.companyId }).update({ title: req.body.title });
  res.sendStatus(204);
});

app.delete('/api/deals/:id', requireJwt, async (req, res) => {
  // expect: unscoped-tenant-query
  await db('deals').where({ id: req.params.id }).del();
  res.sendStatus(204);
});

// expect: missing-auth
app.get('/api/companies/:companyId/deals', async (req, res) => {
  res.json(await db('deals').where('company_id', req.params.companyId));
});

// ok: missing-auth
app.get('/api/pipelines', async (req, res) => {
  res.json(await db.select('id', 'name').from('pipelines'));
});

app.listen(3000);
