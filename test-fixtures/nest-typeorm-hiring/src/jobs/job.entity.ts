import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { Application } from '../candidates/application.entity';

@Entity('jobs')
export class Job {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  title: string;

  @Column('text')
  description: string;

  @Column({ default: 'draft' })
  status: 'draft' | 'open' | 'closed';

  @Column({ nullable: true })
  salaryRange: string;

  @Column('uuid')
  companyId: string;

  @OneToMany(() => Application, (a) => a.job)
  applications: Application[];

  @CreateDateColumn()
  createdAt: Date;
}
