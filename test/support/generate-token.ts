import { randomUUID } from 'node:crypto';

/** A fake token with a real shape: base64("tok:" + uuid with "_" + ":1:0" + optional region). */
export function generateToken(options: { uuid?: string; region?: string; startsWith?: 'digit' | 'letter' } = {}): string {
  let uuid = options.uuid ?? randomUUID();
  if (options.startsWith === 'digit' && !/^\d/.test(uuid)) uuid = `7${uuid.slice(1)}`;
  if (options.startsWith === 'letter' && !/^[a-f]/.test(uuid)) uuid = `c${uuid.slice(1)}`;
  return Buffer.from(getDecodedToken(uuid, options.region)).toString('base64');
}

export function getDecodedToken(uuid: string, region?: string): string {
  return `tok:${uuid.replace(/-/g, '_')}:1:0${region ? `:${region}` : ''}`;
}

export const b64 = (s: string): string => Buffer.from(s).toString('base64');
