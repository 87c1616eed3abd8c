import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { TeamMembersService } from './team-members.service';

/** REST twin of the GraphQL guard: the caller must belong to the `:teamId` in the path. */
@Injectable()
export class TeamMemberGuard implements CanActivate {
  constructor(private readonly members: TeamMembersService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest();
    await this.members.assertMember(request.user.uid, request.params.teamId);
    return true;
  }
}
