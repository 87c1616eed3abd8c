import { BaseModel, column, hasMany } from '@adonisjs/lucid/orm'
import type { HasMany } from '@adonisjs/lucid/types/relations'
import Unit from '#models/unit'

export default class Property extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare agencyId: number

  @column()
  declare name: string

  @column()
  declare street: string

  @column()
  declare city: string

  @column()
  declare postcode: string

  @hasMany(() => Unit)
  declare units: HasMany<typeof Unit>
}
