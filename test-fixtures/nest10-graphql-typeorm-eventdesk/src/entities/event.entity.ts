import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { Attendee } from './attendee.entity';

@ObjectType()
@Entity('events')
export class Event {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column()
  title: string;

  @Field(() => Int)
  @Column('int', { default: 100 })
  capacity: number;

  @Field()
  @Column({ default: false })
  published: boolean;

  @Column('uuid')
  organizationId: string;

  @OneToMany(() => Attendee, (a) => a.event)
  attendees: Attendee[];

  @Field()
  @CreateDateColumn()
  createdAt: Date;
}
