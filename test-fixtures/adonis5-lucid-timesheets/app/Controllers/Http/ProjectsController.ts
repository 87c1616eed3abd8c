import type { HttpContextContract } from '@ioc:Adonis/Core/HttpContext'
import Database from '@ioc:Adonis/Lucid/Database'
import Project from 'App/Models/Project'

export default class ProjectsController {
  public async index({ auth }: HttpContextContract) {
    return Project.query().where('companyId', auth.user!.companyId).orderBy('name')
  }

  public async summary({ params }: HttpContextContract) {
    const project = await Project.findOrFail(params.id)
    const totals = await Database.from('timesheets').where('project_id', project.id).sum('hours as hours')
    return { project: project.name, budget: project.budgetHours, spent: totals[0].hours }
  }
}
