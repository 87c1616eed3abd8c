import { createError, defineEventHandler, getRouterParam } from 'h3'
import { getServerSession } from '#auth'
import { Order } from '../../models'

export default defineEventHandler(async (event) => {
  const session = await getServerSession(event)
  if (!session) {
    throw createError({ statusCode: 401 })
  }
  // expect: unscoped-tenant-query
  const order = await Order.findById(getRouterParam(event, 'id')).lean()
  if (!order) throw createError({ statusCode: 404 })
  return order
})
