import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'

export default class Comment extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare ticketId: number

  @column()
  declare authorId: number

  @column()
  declare body: string

  @column()
  declare internal: boolean

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime
}
