import { Column, Entity, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Candidate } from './candidate.entity';
import { Job } from '../jobs/job.entity';

@Entity('applications')
export class Application {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => Candidate, (c) => c.applications)
  candidate: Candidate;

  @ManyToOne(() => Job, (j) => j.applications)
  job: Job;

  @Column({ default: 'applied' })
  stage: string;

  @Column({ type: 'int', nullable: true })
  score: number;

  @Column('uuid')
  companyId: string;
}
