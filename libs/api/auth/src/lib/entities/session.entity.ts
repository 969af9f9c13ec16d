import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { timestampColumnType } from '@storeops/api/core';
import { UserEntity } from '@storeops/api/org';

/** A server-side session. The cookie carries a random token; only its SHA-256 is stored. */
@Entity('session')
@Index('idx_session_user', ['userId'])
export class SessionEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  tokenHash!: string;

  @Column({ type: 'integer' })
  userId!: number;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user?: UserEntity;

  @Column({ type: timestampColumnType() })
  createdAt!: Date;

  @Column({ type: timestampColumnType() })
  lastSeenAt!: Date;

  /** The absolute end, whatever the activity. */
  @Column({ type: timestampColumnType() })
  expiresAt!: Date;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip!: string | null;
}
