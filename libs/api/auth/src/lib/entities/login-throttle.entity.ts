import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Failed sign-ins per key — `user:<name>`, `ip:<address>`, `pair:<name>|<address>` — in the database, so every API
 * process shares them, and read and written in one locked step with the reservation of an attempt (see
 * LoginThrottle). Times are milliseconds since the epoch on the app's clock.
 */
@Entity('login_throttle')
@Index('idx_login_throttle_last_failure', ['lastFailureMs'])
export class LoginThrottleEntity {
  @PrimaryColumn({ type: 'varchar', length: 200 })
  throttleKey!: string;

  /** Failures (and attempts reserved but not yet decided) since the window began or the last success. */
  @Column({ type: 'integer', default: 0 })
  failures!: number;

  @Column({ type: 'bigint', default: 0 })
  windowStartMs!: string | number;

  @Column({ type: 'bigint', default: 0 })
  lastFailureMs!: string | number;

  @Column({ type: 'bigint', default: 0 })
  lockedUntilMs!: string | number;
}
