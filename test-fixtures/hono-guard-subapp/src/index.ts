import { Hono } from 'hono'
import { guard } from './guard'
import { boards } from './boards'
import { templates } from './templates'
import type { Env } from './types'

const app = new Hono<Env>()

app.get('/', (c) => c.text('kanban'))

app.route('/api', guard)
app.route('/api', boards)
app.route('/api', templates)

export default app
