import { schema, rules } from '@ioc:Adonis/Core/Validator'
import type { HttpContextContract } from '@ioc:Adonis/Core/HttpContext'

export default class CreateTimesheetValidator {
  constructor(protected ctx: HttpContextContract) {}

  public schema = schema.create({
    projectId: schema.number([rules.exists({ table: 'projects', column: 'id' })]),
    weekOf: schema.date({ format: 'yyyy-MM-dd' }),
    hours: schema.number([rules.range(0, 80)]),
    notes: schema.string.optional({ trim: true }, [rules.maxLength(500)]),
  })

  public messages = {}
}
