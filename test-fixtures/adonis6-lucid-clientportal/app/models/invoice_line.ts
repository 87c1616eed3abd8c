import { BaseModel, column } from '@adonisjs/lucid/orm'

export default class InvoiceLine extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare invoiceId: number

  @column()
  declare description: string

  @column()
  declare quantity: number

  @column()
  declare unitCents: number
}
