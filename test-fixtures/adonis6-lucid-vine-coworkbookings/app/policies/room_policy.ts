import User from '#models/user'
import Room from '#models/room'
import { BasePolicy } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'

export default class RoomPolicy extends BasePolicy {
  manage(user: User): AuthorizerResponse {
    return user.role === 'admin' || user.role === 'manager'
  }

  edit(user: User, room: Room): AuthorizerResponse {
    return this.manage(user) && room.workspaceId === user.workspaceId
  }
}
