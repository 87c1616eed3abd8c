import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('attachments')
export class Attachment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  organizationId: string;

  @Column()
  quoteId: string;

  @Column()
  fileName: string;

  @Column()
  storagePath: string;

  @Column()
  mimeType: string;

  @Column('int')
  sizeBytes: number;

  @CreateDateColumn()
  createdAt: Date;
}
