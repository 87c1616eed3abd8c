import { Order } from '../../models'

// ok: missing-rate-limit
export default defineLazyEventHandler(async () => {
  const XLSX = await import('xlsx')
  return defineEventHandler(async (event) => {
    const session = await requireSession(event)
    // ok: unscoped-tenant-query
    const orders = await Order.find({ accountId: session.user.accountId }).lean()
    const sheet = XLSX.utils.json_to_sheet(orders.map((o) => ({ id: String(o._id), email: o.customerEmail, total: o.total, status: o.status })))
    const book = XLSX.utils.book_new()
    XLSX.utils.book_append_sheet(book, sheet, 'Orders')
    setResponseHeader(event, 'content-disposition', 'attachment; filename="orders.xlsx"')
    return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' })
  })
})
