import { randomBytes, scrypt as scryptCallback, timingSafeEqual, ScryptOptions } from 'node:crypto';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@storeops/shared/contracts';

function scrypt(password: string, salt: Buffer, keylen: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCallback(password, salt, keylen, options, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

/** Cost 2^15 by default (OWASP's scrypt floor is 2^17 with r=8,p=1 at 128 MiB; 2^15 keeps login ≈ 50 ms on 2 cores). */
const DEFAULT_LOG_N = 15;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;

/**
 * Hashes as `scrypt$<logN>$<r>$<p>$<salt b64>$<key b64>`: the parameters travel with the hash, so the cost
 * can be raised later and old hashes still verify.
 */
export async function hashPassword(password: string, logN = Number(process.env['SCRYPT_LOG_N'] ?? DEFAULT_LOG_N)): Promise<string> {
  const salt = randomBytes(16);
  const N = 2 ** logN;
  const key = await scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, { N, r: R, p: P, maxmem: 256 * N * R });
  return ['scrypt', logN, R, P, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [, logN, r, p, saltB64, keyB64] = parts;
  const N = 2 ** Number(logN);
  const expected = Buffer.from(keyB64, 'base64');
  const actual = await scrypt(password.normalize('NFKC'), Buffer.from(saltB64, 'base64'), expected.length, {
    N,
    r: Number(r),
    p: Number(p),
    maxmem: 256 * N * Number(r),
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/**
 * The most used passwords in public breach lists (and their Chinese-keyboard favourites). Refused whatever
 * their length; the check ignores case.
 */
const COMMON_PASSWORDS = new Set(
  `12345678 123456789 1234567890 12345678910 123123123 11111111 00000000 88888888 66666666 99999999 55555555
  password password1 password123 passw0rd p@ssw0rd p@ssword qwertyui qwertyuiop qwerty123 qwerty12 1qaz2wsx
  1q2w3e4r 1q2w3e4r5t zaq12wsx abcd1234 abc12345 a1234567 a12345678 aa123456 iloveyou sunshine princess
  football baseball welcome1 welcome123 admin123 administrator letmein1 trustno1 superman batman123 monkey123
  dragon123 master123 starwars whatever computer internet 87654321 11223344 12341234 147258369 123qweasd
  qweasdzxc 5201314520 woaini1314 woaini520 wang1234 zhang123 li123456 asdfghjk asdfasdf zxcvbnm1 zxcvbnmm
  changeme changeme1 default1 secret123 storeops storeops1 storeops123 password12 987654321 1234qwer qwer1234
  asd123456 a123456789 qq123456 q1w2e3r4 abcdefgh abcdefg1 12qwaszx 1qazxsw2 123456abc 123456aa 00000000a`
    .split(/\s+/)
    .filter(Boolean),
);

/** The problem with a new password, or null when it is acceptable. */
export function passwordProblem(password: string, username?: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `must be at least ${PASSWORD_MIN_LENGTH} characters`;
  if (password.length > PASSWORD_MAX_LENGTH) return `must be at most ${PASSWORD_MAX_LENGTH} characters`;
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) return 'is too common';
  if (/^(.)\1+$/.test(password)) return 'is one character repeated';
  if (username && lower.includes(username.toLowerCase())) return 'must not contain the username';
  return null;
}
