/*
|--------------------------------------------------------------------------
| Routes
|--------------------------------------------------------------------------
|
| This file is dedicated for defining HTTP routes. A single file is enough
| for majority of projects, however you can define routes in different
| files and just make sure to import them inside this file.
|
*/

import Route from '@ioc:Adonis/Core/Route'
import HealthCheck from '@ioc:Adonis/Core/HealthCheck'

Route.get('health', async ({ response }) => {
  const report = await HealthCheck.getReport()
  return report.healthy ? response.ok(report) : response.badRequest(report)
})

// expect: missing-rate-limit
Route.post('login', 'AuthController.login')
Route.post('logout', 'AuthController.logout').middleware('auth:api')

Route.group(() => {
  // expect: missing-input-validation
  Route.resource('timesheets', 'TimesheetsController').apiOnly()
  Route.post('timesheets/:id/approve', 'TimesheetsController.approve')
  Route.post('receipts', 'ReceiptsController.store').middleware('throttle:uploads')

  Route.group(() => {
    Route.get('users', 'UsersController.index')
    // expect: missing-input-validation
    Route.post('users/:id/role', 'UsersController.setRole')
  })
    .prefix('admin')
    .namespace('App/Controllers/Http/Admin')
    .middleware('acl:admin')
})
  .prefix('api')
  .middleware('auth:api')

// ok: missing-auth
Route.resource('projects', 'ProjectsController').only(['index']).middleware({ '*': ['auth'] })
// expect: missing-auth
Route.get('api/projects/:id/summary', 'ProjectsController.summary')
