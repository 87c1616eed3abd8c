import { createRoute, z } from '@hono/zod-openapi'
import { requireRole } from '../middleware/requireRole'

const Item = z.object({ id: z.string().uuid(), sku: z.string(), name: z.string(), quantity: z.number().int() }).openapi('Item')
const IdParam = z.object({ id: z.string().uuid().openapi({ param: { name: 'id', in: 'path' } }) })

export const listItems = createRoute({
  method: 'get',
  path: '/',
  responses: { 200: { description: 'Items of the caller\'s org', content: { 'application/json': { schema: z.array(Item) } } } },
})

export const getItem = createRoute({
  method: 'get',
  path: '/{id}',
  request: { params: IdParam },
  responses: { 200: { description: 'One item', content: { 'application/json': { schema: Item } } } },
})

export const createItem = createRoute({
  method: 'post',
  path: '/',
  request: { body: { content: { 'application/json': { schema: Item.omit({ id: true }) } } } },
  responses: { 201: { description: 'Created' } },
})

export const deleteItem = createRoute({
  method: 'delete',
  path: '/{id}',
  middleware: [requireRole('manager', 'admin')] as const,
  request: { params: IdParam },
  responses: { 204: { description: 'Deleted' } },
})
