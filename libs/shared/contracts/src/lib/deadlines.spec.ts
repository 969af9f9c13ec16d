import { canSeeDeadline, DeadlineRecord, ownsDeadline } from './deadlines';
import { Role } from './roles';

const action: Pick<DeadlineRecord, 'kind' | 'storeId' | 'ownerId' | 'ownerRoles'> = {
  kind: 'corrective_action',
  storeId: 7,
  ownerId: null,
  ownerRoles: [Role.StoreManager],
};
const user = (role: Role, storeId: number | null = null, id = 1) => ({ id, role, storeId });

describe('canSeeDeadline', () => {
  it.each([
    ['the 店长 of the store', user(Role.StoreManager, 7), action, true],
    ['the 店长 of another store', user(Role.StoreManager, 8), action, false],
    ['a 店长 without a store', user(Role.StoreManager, null), action, false],
    ['the 营运部长', user(Role.OpsManager), action, true],
    ['a buyer (not a reader of the kind)', user(Role.Buyer), action, false],
    ['the office, of a licence', user(Role.AdminOffice), { ...action, kind: 'licence' as const, storeId: null }, true],
    ['a 店长, of a licence of their own store', user(Role.StoreManager, 7), { ...action, kind: 'licence' as const }, false],
  ])('%s: %s', (_, who, d, seen) => {
    expect(canSeeDeadline(who, d)).toBe(seen);
  });
});

describe('ownsDeadline', () => {
  it.each([
    ["the store's 店长", user(Role.StoreManager, 7), action, true],
    ["another store's 店长", user(Role.StoreManager, 8), action, false],
    ['the 营运部长 (not an owner role)', user(Role.OpsManager), action, false],
    ['the person named', user(Role.Specialist, null, 5), { ...action, ownerId: 5 }, true],
    ["the store's 店长 when a person is named", user(Role.StoreManager, 7), { ...action, ownerId: 5 }, false],
    ['the admin, of a deadline naming nobody', user(Role.Admin), { ...action, ownerRoles: [] }, true],
    ['the director, of a deadline naming nobody', user(Role.Director), { ...action, ownerRoles: [] }, false],
    ['the office, of an office deadline', user(Role.AdminOffice), { ...action, storeId: null, ownerRoles: [Role.AdminOffice] }, true],
  ])('%s: %s', (_, who, d, owns) => {
    expect(ownsDeadline(who, d)).toBe(owns);
  });
});
