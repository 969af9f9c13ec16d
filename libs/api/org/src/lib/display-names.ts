import { EntityManager, In } from 'typeorm';
import { UserEntity } from './entities/user.entity';

/** Users' display names by username (the username itself when a user has none); unknown usernames are left out. */
export async function findDisplayNames(
  em: EntityManager,
  usernames: ReadonlyArray<string | null | undefined>,
): Promise<Map<string, string>> {
  const unique = [...new Set(usernames.filter((u): u is string => !!u))];
  if (!unique.length) return new Map();
  const users = await em.find(UserEntity, { where: { username: In(unique) }, select: { username: true, displayName: true } });
  return new Map(users.map((u) => [u.username, u.displayName || u.username]));
}
