import User from '#models/user'
import Invoice from '#models/invoice'
import { Bouncer } from '@adonisjs/bouncer'

export const viewInvoice = Bouncer.ability((user: User, invoice: Invoice) => {
  return user.companyId === invoice.companyId && (user.role === 'owner' || user.role === 'manager')
})
