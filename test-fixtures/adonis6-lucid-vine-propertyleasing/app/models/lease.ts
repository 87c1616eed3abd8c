import { DateTime } from 'luxon'
import { BaseModel, column, belongsTo, hasMany } from '@adonisjs/lucid/orm'
import type { BelongsTo, HasMany } from '@adonisjs/lucid/types/relations'
import Unit from '#models/unit'
import User from '#models/user'
import RentPayment from '#models/rent_payment'

export type LeaseStatus = 'draft' | 'active' | 'ended' | 'terminated'

export default class Lease extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare agencyId: number

  @column()
  declare unitId: number

  @column()
  declare renterId: number

  @column()
  declare status: LeaseStatus

  @column()
  declare monthlyRentCents: number

  @column()
  declare depositCents: number

  @column.date()
  declare startsOn: DateTime

  @column.date()
  declare endsOn: DateTime | null

  @belongsTo(() => Unit)
  declare unit: BelongsTo<typeof Unit>

  @belongsTo(() => User, { foreignKey: 'renterId' })
  declare renter: BelongsTo<typeof User>

  @hasMany(() => RentPayment)
  declare payments: HasMany<typeof RentPayment>
}
