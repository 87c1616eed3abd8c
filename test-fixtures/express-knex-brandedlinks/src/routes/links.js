const express = require('express');
const { z } = require('zod');
const db = require('../db');
const { requireUser } = require('../middleware/auth');

const router = express.Router();

const linkInput = z.object({ slug: z.string().regex(/^[a-z0-9-]{3,40}$/), target: z.string().url() });

router.get('/', requireUser, async (req, res) => {
  // ok: unscoped-tenant-query
  const links = await db('links').where({ user_id: req.user.id, archived: false }).orderBy('id', 'desc');
  res.json(links);
});

router.post('/', requireUser, async (req, res) => {
  const input = linkInput.parse(req.body);
  const [link] = await db('links').insert({ user_id: req.user.id, slug: input.slug, target: input.target }).returning('*');
  res.status(201).json(link);
});

router.patch('/:id', requireUser, async (req, res) => {
  const input = linkInput.parse(req.body);
  // expect: unscoped-tenant-query
  await db('links').where({ id: req.params.id }).update({ slug: input.slug, target: input.target });
  res.sendStatus(204);
});

router.delete('/:id', requireUser, async (req, res) => {
  // ok: unscoped-tenant-query
  await db('links').where({ id: req.params.id, user_id: req.user.id }).del();
  res.sendStatus(204);
});

// the archive button posts here; the session middleware was left off
// expect: missing-auth
router.post('/:id/archive', async (req, res) => {
  await db('links').where({ id: req.params.id }).update({ archived: true });
  res.sendStatus(204);
});

module.exports = router;
