import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, Int, Mutation, Query, Resolver, UseMiddleware } from 'type-graphql';
import { Max, Min } from 'class-validator';
import { GraphQLError } from 'graphql';
import { Sample } from '../entities';
import { experiments, samples } from '../data-source';
import type { GqlContext } from '../auth';
import { RateLimit } from '../middleware';
import { SampleInput } from './inputs';

@ArgsType()
class SamplePage {
  @Field(() => Int, { defaultValue: 0 }) @Min(0) skip!: number;
  @Field(() => Int, { defaultValue: 50 }) @Min(1) @Max(200) take!: number;
  @Field({ nullable: true }) kind?: string;
}

@Resolver(() => Sample)
export class SampleResolver {
  @Authorized()
  // ok: missing-auth
  @Query(() => [Sample])
  async samples(@Args() { skip, take, kind }: SamplePage, @Ctx() ctx: GqlContext): Promise<Sample[]> {
    // ok: unscoped-tenant-query
    return samples().find({ where: { labId: ctx.caller!.labId, ...(kind ? { kind } : {}) }, skip, take });
  }

  @Authorized()
  // ok: missing-auth
  @Query(() => Sample, { nullable: true })
  async sampleByBarcode(@Arg('barcode') barcode: string, @Ctx() ctx: GqlContext): Promise<Sample | null> {
    // ok: unscoped-tenant-query
    return samples().findOne({ where: { barcode, labId: ctx.caller!.labId } });
  }

  @Authorized()
  // ok: missing-auth
  @Query(() => [Sample])
  async experimentSamples(@Arg('experimentId', () => ID) experimentId: string): Promise<Sample[]> {
    // expect: unscoped-tenant-query
    return samples().find({ where: { experimentId } });
  }

  @Authorized()
  // ok: missing-auth, missing-input-validation
  @Mutation(() => Sample)
  async registerSample(@Arg('data') data: SampleInput, @Ctx() { caller }: GqlContext): Promise<Sample> {
    // ok: unscoped-tenant-query
    const experiment = await experiments().findOneBy({ id: data.experimentId, labId: caller!.labId });
    if (!experiment) throw new GraphQLError('Unknown experiment', { extensions: { code: 'BAD_USER_INPUT' } });
    return samples().save(samples().create({ ...data, labId: caller!.labId }));
  }

  @Authorized()
  // ok: missing-auth
  @Mutation(() => Boolean)
  async moveSample(@Arg('id', () => ID) id: string, @Arg('storageLocation') storageLocation: string): Promise<boolean> {
    // expect: unscoped-tenant-query
    const result = await samples().update({ id }, { storageLocation });
    return (result.affected ?? 0) > 0;
  }

  @Authorized()
  @UseMiddleware(RateLimit(3, 3600))
  // ok: missing-auth, missing-rate-limit
  @Query(() => String)
  async exportSamplesCsv(@Ctx() { caller }: GqlContext): Promise<string> {
    // ok: unscoped-tenant-query
    const rows = await samples().find({ where: { labId: caller!.labId }, order: { barcode: 'ASC' } });
    return ['barcode,kind,location', ...rows.map((s) => `${s.barcode},${s.kind},${s.storageLocation ?? ''}`)].join('\n');
  }
}
