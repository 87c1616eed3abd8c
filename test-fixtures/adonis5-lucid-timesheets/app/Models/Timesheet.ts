import { DateTime } from 'luxon'
import { BaseModel, column, belongsTo, BelongsTo } from '@ioc:Adonis/Lucid/Orm'
import User from 'App/Models/User'
import Project from 'App/Models/Project'

export default class Timesheet extends BaseModel {
  @column({ isPrimary: true })
  public id: number

  @column()
  public companyId: number

  @column()
  public userId: number

  @column()
  public projectId: number

  @column.date()
  public weekOf: DateTime

  @column()
  public hours: number

  @column()
  public notes: string | null

  @column()
  public status: 'draft' | 'submitted' | 'approved'

  @belongsTo(() => User)
  public user: BelongsTo<typeof User>

  @belongsTo(() => Project)
  public project: BelongsTo<typeof Project>
}
