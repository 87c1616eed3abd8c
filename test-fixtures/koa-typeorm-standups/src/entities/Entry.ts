import { Entity, PrimaryGeneratedColumn, Column, ManyToOne, JoinColumn } from 'typeorm';
import { Standup } from './Standup';

@Entity('entries')
export class Entry {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column()
  teamId!: string;

  @Column()
  standupId!: string;

  @ManyToOne(() => Standup, (s) => s.entries)
  @JoinColumn({ name: 'standupId' })
  standup!: Standup;

  @Column()
  authorId!: string;

  @Column('text')
  yesterday!: string;

  @Column('text')
  today!: string;

  @Column('text', { nullable: true })
  blockers?: string;

  @Column({ nullable: true })
  linkedPr?: string;
}
