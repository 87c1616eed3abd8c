import { DateTime } from 'luxon'
import { BaseModel, column, hasMany } from '@adonisjs/lucid/orm'
import type { HasMany } from '@adonisjs/lucid/types/relations'
import User from '#models/user'

export default class Agency extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare name: string

  @column()
  declare stripeAccountId: string | null

  @column()
  declare suspended: boolean

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @hasMany(() => User)
  declare users: HasMany<typeof User>
}
