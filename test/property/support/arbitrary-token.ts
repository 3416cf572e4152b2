// A token as Intercom issues them: a random uuid (either first character, so both the `dG9rOj`
// and `dG9rOm` prefixes occur), `:1:0`, and sometimes a region tail.
import fc from 'fast-check';
import { generateToken } from '../../support/generate-token.js';

export interface GeneratedToken {
  /** base64, as issued: 60 characters with one `=`, or longer with a region tail. */
  token: string;
  /** The decoded `tok:<uuid with _>:1:0[:region]` form, equally usable. */
  decoded: string;
  /** The uuid with `_`, as the decoded form holds it: the whole secret on its own. */
  uuid: string;
  region: string | undefined;
}

/** Real region names, plus any tail of the shape the core accepts (`[a-z0-9][a-z0-9-]*`, bounded). */
const arbitraryRegion = (): fc.Arbitrary<string> =>
  fc.oneof(fc.constantFrom('eu-west-1', 'ap-southeast-2', 'us', 'eu', 'au'), fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/));

export function arbitraryToken(): fc.Arbitrary<GeneratedToken> {
  return fc
    .record({
      // Any uuid version; one made of a single repeated digit is a placeholder the core rejects on purpose.
      uuid: fc.uuid().filter((uuid) => !/^(.)\1*$/.test(uuid.replace(/-/g, ''))),
      startsWith: fc.constantFrom('digit' as const, 'letter' as const),
      region: fc.option(arbitraryRegion(), { nil: undefined }),
    })
    .map(({ uuid, startsWith, region }) => {
      const token = generateToken({ uuid, startsWith, region });
      const decoded = Buffer.from(token, 'base64').toString('latin1');
      return { token, decoded, uuid: decoded.split(':')[1]!, region };
    });
}
