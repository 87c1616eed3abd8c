import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'

export default class RentPayment extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare agencyId: number

  @column()
  declare leaseId: number

  @column()
  declare amountCents: number

  @column()
  declare status: 'pending' | 'paid' | 'failed' | 'refunded'

  @column()
  declare providerReference: string | null

  @column.dateTime()
  declare paidAt: DateTime | null
}
