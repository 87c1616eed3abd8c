import { Hono } from 'hono'

export function createStatusApi() {
  const api = new Hono().basePath('/v1')
  api.get('/status', (c) => c.json({ ok: true, version: process.env.APP_VERSION ?? 'dev' }))
  return api
}
