import { DateTime } from 'luxon'
import { BaseModel, column, belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import Unit from '#models/unit'

export default class MaintenanceRequest extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare agencyId: number

  @column()
  declare unitId: number

  @column()
  declare reportedById: number

  @column()
  declare title: string

  @column()
  declare details: string

  @column()
  declare priority: 'low' | 'normal' | 'urgent'

  @column()
  declare status: 'open' | 'scheduled' | 'done'

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @belongsTo(() => Unit)
  declare unit: BelongsTo<typeof Unit>
}
