import { BaseModel, column } from '@adonisjs/lucid/orm'

export default class Announcement extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare workspaceId: number

  @column()
  declare title: string

  @column()
  declare body: string
}
