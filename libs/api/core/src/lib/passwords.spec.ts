import { hashPassword, passwordProblem, verifyPassword } from './passwords';

describe('passwords', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('storeops-demo', 10);
    expect(hash).toMatch(/^scrypt\$10\$8\$1\$/);
    await expect(verifyPassword('storeops-demo', hash)).resolves.toBe(true);
    await expect(verifyPassword('storeops-dem0', hash)).resolves.toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('same-password', 10)).not.toEqual(await hashPassword('same-password', 10));
  });

  it('refuses a malformed stored hash instead of throwing', async () => {
    await expect(verifyPassword('x', 'plain-text')).resolves.toBe(false);
  });

  it.each([
    ['short: 7 characters', 'abc-123', /at least 8/],
    ['too long: 129 characters', 'x'.repeat(128) + 'y', /at most 128/],
    ['common password', 'password123', /too common/],
    ['common password in another case', 'PassWord123', /too common/],
    ['one character repeated', 'zzzzzzzzzz', /repeated/],
    ['contains the username', 'zhangsan-2026', /username/],
  ])('refuses %s', (_, password, problem) => {
    expect(passwordProblem(password, 'zhangsan')).toMatch(problem);
  });

  it.each(['storeops-demo', '徐汇店长2026!', 'ab'.repeat(64), 'correct horse battery'])('accepts %p', (password) => {
    expect(passwordProblem(password, 'zhangsan')).toBeNull();
  });
});
