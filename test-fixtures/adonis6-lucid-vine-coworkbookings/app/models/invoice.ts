import { BaseModel, column } from '@adonisjs/lucid/orm'

export default class Invoice extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare workspaceId: number

  @column()
  declare amountCents: number

  @column()
  declare status: 'open' | 'paid' | 'void'

  @column()
  declare providerRef: string | null
}
