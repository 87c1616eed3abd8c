import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('attachments')
export class Attachment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  companyId: string;

  @Column()
  purchaseOrderId: string;

  @Column()
  filename: string;

  @Column()
  storagePath: string;

  @Column()
  mimeType: string;
}
