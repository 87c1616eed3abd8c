import { DateTime } from 'luxon'
import hash from '@adonisjs/core/services/hash'
import { compose } from '@adonisjs/core/helpers'
import { BaseModel, column, belongsTo, hasMany } from '@adonisjs/lucid/orm'
import { withAuthFinder } from '@adonisjs/auth/mixins/lucid'
import { DbAccessTokensProvider } from '@adonisjs/auth/access_tokens'
import type { BelongsTo, HasMany } from '@adonisjs/lucid/types/relations'
import Agency from '#models/agency'
import Lease from '#models/lease'
import MaintenanceRequest from '#models/maintenance_request'

export type Role = 'renter' | 'agent' | 'manager' | 'owner' | 'staff'

const AuthFinder = withAuthFinder(() => hash.use('argon'), {
  uids: ['email'],
  passwordColumnName: 'password',
})

export default class User extends compose(BaseModel, AuthFinder) {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare agencyId: number

  @column()
  declare email: string

  @column()
  declare fullName: string

  @column({ serializeAs: null })
  declare password: string

  @column()
  declare role: Role

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @belongsTo(() => Agency)
  declare agency: BelongsTo<typeof Agency>

  @hasMany(() => Lease, { foreignKey: 'renterId' })
  declare leases: HasMany<typeof Lease>

  @hasMany(() => MaintenanceRequest, { foreignKey: 'reportedById' })
  declare maintenanceRequests: HasMany<typeof MaintenanceRequest>

  static accessTokens = DbAccessTokensProvider.forModel(User, { expiresIn: '30 days', prefix: 'kh_' })
}
