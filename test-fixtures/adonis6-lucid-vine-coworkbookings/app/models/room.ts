import { BaseModel, column } from '@adonisjs/lucid/orm'

export default class Room extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare workspaceId: number

  @column()
  declare name: string

  @column()
  declare capacity: number

  @column()
  declare hourlyRateCents: number
}
