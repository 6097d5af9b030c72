import { randomInt } from 'crypto';

export * from './password-rules';

// No look-alikes (0/O, 1/l/I) in generated passwords: they are read off a screen and typed.
const GENERATED_CLASSES = [
  'ABCDEFGHJKLMNPQRSTUVWXYZ',
  'abcdefghijkmnopqrstuvwxyz',
  '23456789',
  '!@#$%^&*-_=+?',
];

/** A first-login or reset password: 16 characters, every class present, from the system CSPRNG. */
export function generatePassword(length = 16): string {
  const all = GENERATED_CLASSES.join('');
  const chars = GENERATED_CLASSES.map((set) => set[randomInt(set.length)]);
  while (chars.length < length) chars.push(all[randomInt(all.length)]);
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join('');
}
