import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { timestampColumnType } from '@storeops/api/core';

/** The first answer to a write sent with an Idempotency-Key, replayed to any retry of the same request. */
@Entity('idempotency_key')
@Index('uq_idempotency_key_user_key', ['userId', 'key'], { unique: true })
export class IdempotencyKeyEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  userId!: number;

  @Column({ type: 'varchar', length: 128 })
  key!: string;

  /** SHA-256 of the route and body: the same key with another body is a conflict. */
  @Column({ type: 'varchar', length: 64 })
  requestHash!: string;

  @Column({ type: 'integer' })
  statusCode!: number;

  @Column({ type: 'text' })
  responseBody!: string;

  @Column({ type: timestampColumnType() })
  createdAt!: Date;
}
