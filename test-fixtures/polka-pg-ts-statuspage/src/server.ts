import polka from 'polka';
import bodyParser from 'body-parser';
import { pool } from './lib/db.js';
import { json, type Req, type Res } from './lib/http.js';
import { incidents } from './routes/incidents.js';
import { admin } from './routes/admin.js';

const app = polka();

app.use(bodyParser.json({ limit: '100kb' }));

// the public status page reads the published components of one page by its slug
// ok: missing-auth
app.get('/status/:slug', async (req: Req, res: Res) => {
  const { rows } = await pool.query('SELECT c.name, c.state FROM components c JOIN pages p ON p.id = c.page_id WHERE p.slug = $1 AND p.published', [req.params.slug]);
  json(res, 200, rows);
});

// expect: missing-auth
app.get('/api/subscribers/:id', async (req: Req, res: Res) => {
  const { rows } = await pool.query('SELECT email, org_id FROM subscribers WHERE id = $1', [req.params.id]);
  json(res, 200, rows[0] ?? null);
});

app.use('/api/incidents', incidents);
app.use('/api/admin', admin);

app.listen(Number(process.env.PORT ?? 3000), () => console.log('status page api ready'));
