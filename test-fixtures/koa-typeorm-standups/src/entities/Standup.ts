import { Entity, PrimaryGeneratedColumn, Column, CreateDateColumn, OneToMany } from 'typeorm';
import { Entry } from './Entry';

@Entity('standups')
export class Standup {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column()
  teamId!: string;

  @Column({ type: 'date' })
  day!: string;

  @Column({ default: false })
  closed!: boolean;

  @OneToMany(() => Entry, (e) => e.standup)
  entries!: Entry[];

  @CreateDateColumn()
  createdAt!: Date;
}
