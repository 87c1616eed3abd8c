import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'

export default class Invoice extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare companyId: number

  @column()
  declare number: string

  @column()
  declare totalCents: number

  @column()
  declare status: 'draft' | 'open' | 'paid' | 'void'

  @column.dateTime()
  declare issuedAt: DateTime
}
