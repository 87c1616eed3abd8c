import User from '#models/user'
import MaintenanceRequest from '#models/maintenance_request'
import { Bouncer } from '@adonisjs/bouncer'

export const manageAgency = Bouncer.ability((user: User) => {
  return user.role === 'owner' || user.role === 'manager'
})

export const handleMaintenance = Bouncer.ability((user: User, request: MaintenanceRequest) => {
  return user.agencyId === request.agencyId && user.role !== 'renter'
})
