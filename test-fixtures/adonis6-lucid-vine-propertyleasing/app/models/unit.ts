import { BaseModel, column, belongsTo, scope } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import Property from '#models/property'

export default class Unit extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare agencyId: number

  @column()
  declare propertyId: number

  @column()
  declare label: string

  @column()
  declare bedrooms: number

  @column()
  declare monthlyRentCents: number

  @column()
  declare isPublished: boolean

  @column({ serializeAs: null })
  declare lockboxCode: string | null

  @belongsTo(() => Property)
  declare property: BelongsTo<typeof Property>

  static published = scope((query) => {
    query.where('isPublished', true)
  })
}
