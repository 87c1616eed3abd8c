import { Field, ID, ObjectType } from '@nestjs/graphql';
import GraphQLJSON from 'graphql-type-json';
import { Column, Entity, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Event } from './event.entity';

@ObjectType()
@Entity('attendees')
export class Attendee {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column()
  fullName: string;

  @Field()
  @Column()
  email: string;

  @Field()
  @Column({ default: false })
  checkedIn: boolean;

  @Field(() => GraphQLJSON, { nullable: true })
  @Column('jsonb', { nullable: true })
  meta: Record<string, unknown> | null;

  @Column('uuid')
  eventId: string;

  @ManyToOne(() => Event, (e) => e.attendees)
  event: Event;

  @Column('uuid')
  organizationId: string;
}
