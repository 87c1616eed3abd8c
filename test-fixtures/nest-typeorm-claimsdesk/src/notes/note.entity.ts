import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('claim_notes')
export class ClaimNote {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  organizationId: string;

  @Column()
  claimId: string;

  @Column()
  authorId: string;

  @Column('text')
  body: string;

  @Column({ default: false })
  internal: boolean;

  @CreateDateColumn()
  createdAt: Date;
}
