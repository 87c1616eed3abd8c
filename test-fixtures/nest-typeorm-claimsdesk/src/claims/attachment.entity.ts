import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('attachments')
export class Attachment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  organizationId: string;

  @Column()
  claimId: string;

  @Column()
  filename: string;

  @Column()
  storagePath: string;

  @Column()
  uploadedBy: string;
}
