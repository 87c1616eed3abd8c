import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, UseMiddleware } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { GraphQLError } from 'graphql';
import { Experiment, Role, Sample } from '../entities';
import { experiments, samples } from '../data-source';
import type { GqlContext } from '../auth';
import { LogTiming } from '../middleware';
import { ExperimentInput } from './inputs';

@Resolver(() => Experiment)
export class ExperimentResolver {
  @Authorized()
  @UseMiddleware(LogTiming)
  // ok: missing-auth
  @Query(() => [Experiment])
  async experiments(@Ctx() { caller }: GqlContext, @Arg('status', { nullable: true }) status?: string): Promise<Experiment[]> {
    // ok: unscoped-tenant-query
    return experiments().find({ where: { labId: caller!.labId, ...(status ? { status } : {}) }, order: { createdAt: 'DESC' } });
  }

  @Authorized()
  // ok: missing-auth
  @Query(() => Experiment, { nullable: true })
  async experiment(@Arg('id', () => ID) id: string): Promise<Experiment | null> {
    // expect: unscoped-tenant-query
    return experiments().findOneBy({ id });
  }

  @Authorized()
  // ok: missing-auth, missing-input-validation
  @Mutation(() => Experiment)
  async createExperiment(@Arg('data') data: ExperimentInput, @Ctx() { caller }: GqlContext): Promise<Experiment> {
    const repo = experiments();
    return repo.save(repo.create({ ...data, labId: caller!.labId, ownerId: caller!.id }));
  }

  @Authorized()
  // ok: missing-auth, missing-input-validation
  @Mutation(() => Experiment)
  async updateExperiment(
    @Arg('id', () => ID) id: string,
    @Arg('data') data: ExperimentInput,
    @Ctx() { caller }: GqlContext,
  ): Promise<Experiment> {
    // ok: unscoped-tenant-query
    const experiment = await experiments().findOneBy({ id, labId: caller!.labId });
    if (!experiment) throw new GraphQLError('Experiment not found', { extensions: { code: 'NOT_FOUND' } });
    Object.assign(experiment, data);
    return experiments().save(experiment);
  }

  @Authorized()
  // ok: missing-auth
  // expect: missing-input-validation
  @Mutation(() => Boolean)
  async setExperimentMetadata(
    @Arg('id', () => ID) id: string,
    @Arg('metadata', () => GraphQLJSONObject) metadata: Record<string, unknown>,
    @Ctx() { caller }: GqlContext,
  ): Promise<boolean> {
    // ok: unscoped-tenant-query
    const result = await experiments().update({ id, labId: caller!.labId }, { metadata });
    return (result.affected ?? 0) > 0;
  }

  @Authorized(Role.PI, Role.ADMIN)
  // ok: missing-auth, missing-role-check
  @Mutation(() => Boolean)
  async archiveExperiment(@Arg('id', () => ID) id: string, @Ctx() { caller }: GqlContext): Promise<boolean> {
    // ok: unscoped-tenant-query
    const experiment = await experiments().findOneBy({ id });
    if (!experiment || experiment.labId !== caller!.labId) return false;
    experiment.status = 'archived';
    await experiments().save(experiment);
    return true;
  }

  // expect: missing-auth
  @Mutation(() => Boolean)
  async deleteExperiment(@Arg('id', () => ID) id: string): Promise<boolean> {
    const result = await experiments().delete({ id });
    return (result.affected ?? 0) > 0;
  }

  @FieldResolver(() => [Sample])
  async samples(@Root() experiment: Experiment): Promise<Sample[]> {
    // ok: unscoped-tenant-query
    return samples().find({ where: { experimentId: experiment.id, labId: experiment.labId } });
  }
}
