import { Column, Entity, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Account } from './account.entity';

@Entity('agents')
export class Agent {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column() email!: string;
  @Column({ default: 'agent' }) role!: string;
  @ManyToOne(() => Account) account!: Account;
}
