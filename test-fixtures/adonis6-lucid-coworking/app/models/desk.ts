import { BaseModel, column } from '@adonisjs/lucid/orm'

export default class Desk extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare companyId: number

  @column()
  declare label: string

  @column()
  declare floor: number

  @column()
  declare hasMonitor: boolean
}
