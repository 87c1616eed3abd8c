import Bouncer from '@ioc:Adonis/Addons/Bouncer'
import User from 'App/Models/User'
import Timesheet from 'App/Models/Timesheet'

export const { actions } = Bouncer.define('approveTimesheet', (user: User, timesheet: Timesheet) => {
  return user.role === 'manager' && user.companyId === timesheet.companyId
})

export const { policies } = Bouncer.registerPolicies({})
