import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { TeamMembersService } from './team-members.service';

/** For operations that take a `teamID` argument: the caller must be a member of that team. */
@Injectable()
export class GqlTeamMemberGuard implements CanActivate {
  constructor(private readonly members: TeamMembersService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const gqlContext = GqlExecutionContext.create(context);
    const { user } = gqlContext.getContext().req;
    const { teamID } = gqlContext.getArgs<{ teamID: string }>();
    const member = await this.members.findMember(teamID, user.uid);
    if (!member) throw new ForbiddenException('Not a member of this team');
    return true;
  }
}
